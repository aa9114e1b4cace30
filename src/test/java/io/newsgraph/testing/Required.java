package io.newsgraph.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the repository: ../shared/corpora and the Python VADER reference.
 * Missing, the test is skipped on a developer's machine, but fails when NEWSGRAPH_REQUIRE_SHARED=1
 * (set by .ci/run), so CI cannot pass with the corpus-scale suites silently skipped.
 */
public final class Required {

  public static final String ENV = "NEWSGRAPH_REQUIRE_SHARED";

  private Required() {}

  public static boolean strict() {
    return "1".equals(System.getenv(ENV));
  }

  /** Skips the test (or fails it, under NEWSGRAPH_REQUIRE_SHARED=1) unless {@code present}. */
  public static void assume(boolean present, String what) {
    if (present) {
      return;
    }
    String msg = what + (strict() ? " (" + ENV + "=1: required here)" : "");
    if (strict()) {
      Assertions.fail(msg);
    }
    Assumptions.abort(msg);
  }
}
