package io.newsgraph.annotate;

/** The one string an article is annotated as; all mention offsets point into it. */
public final class Document {

  private Document() {}

  /** {@code title + "\n\n" + text}, or whichever of the two is there. */
  public static String of(String title, String text) {
    boolean hasTitle = title != null && !title.isBlank();
    boolean hasText = text != null && !text.isBlank();
    if (hasTitle && hasText) {
      return title + "\n\n" + text;
    }
    return hasTitle ? title : hasText ? text : "";
  }
}
