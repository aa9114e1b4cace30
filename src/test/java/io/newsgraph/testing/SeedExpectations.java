package io.newsgraph.testing;

import java.util.List;

/** What issue 2 asks the job to find in the seed article (and in our own seed-like fixture). */
public final class SeedExpectations {

  private SeedExpectations() {}

  public static final List<String> ACTORS =
      List.of(
          "IRN",
          "hezbollah",
          "ISR",
          "LBN",
          "hamas",
          "USA",
          "gaza-strip",
          "YEM",
          "IRQ",
          "SYR",
          "ali-khamenei",
          "kamal-kharrazi",
          "antony-blinken",
          "mark-esper",
          "houthis",
          "un-security-council",
          "financial-times",
          "washington-examiner");

  /** (actor_a, actor_b) in the job's order (string order of ids). */
  public static final List<List<String>> PAIRS =
      List.of(List.of("IRN", "hezbollah"), List.of("ISR", "hezbollah"), List.of("ISR", "hamas"));
}
