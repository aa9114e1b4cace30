package io.newsgraph.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Turns article text that carries HTML into plain text, keeping paragraph breaks. */
final class HtmlText {

  private HtmlText() {}

  /** A cheap test so that plain text (nearly all of it) never reaches the HTML parser. */
  static boolean looksLikeHtml(String s) {
    int n = s.length();
    for (int i = 0; i < n - 2; i++) {
      char c = s.charAt(i);
      if (c == '<') {
        char d = s.charAt(i + 1);
        if (Character.isLetter(d) || d == '/' || d == '!') {
          return s.indexOf('>', i) > 0;
        }
      } else if (c == '&') {
        int semi = s.indexOf(';', i);
        if (semi > i + 1 && semi - i <= 8 && isEntityName(s, i + 1, semi)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isEntityName(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '#')) {
        return false;
      }
    }
    return true;
  }

  static String toPlain(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select("script, style, noscript").remove();
    StringBuilder out = new StringBuilder(html.length());
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e && e.nameIs("br")) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock() && !e.nameIs("br") && out.length() > 0) {
              out.append("\n\n");
            }
          }
        });
    return out.toString()
        .replace('\u00a0', ' ')
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
