package io.newsgraph.actors;

import io.newsgraph.text.Tokenizer;
import java.util.List;
import java.util.Locale;

/**
 * An actor the dictionary does not list, found by the name tagger: its mention (id {@code
 * x:<name>}), the name as written and its type.
 */
public record Discovery(Mention mention, String name, ActorType type) {

  /** The discovered actor ({@code source = "discovered"}). */
  public Actor toActor() {
    return new Actor(
        mention.actorId(),
        name,
        type,
        "",
        "",
        List.of(name),
        List.of(),
        List.of(),
        Actor.SOURCE_DISCOVERED);
  }

  /**
   * {@code x:} + lower-case name with runs of non-letters/digits replaced by one hyphen; dots are
   * dropped.
   */
  public static String idFor(String name) {
    StringBuilder sb = new StringBuilder("x:");
    boolean dash = false;
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '.' || c == '\'' || c == '\u2019') {
        continue;
      }
      if (Tokenizer.isWordChar(c)) {
        if (dash && sb.length() > 2) {
          sb.append('-');
        }
        dash = false;
        sb.append(c);
      } else {
        dash = true;
      }
    }
    return sb.toString();
  }
}
