package io.newsgraph.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole Gaza headline set (11,505 items; 11,461 distinct ids) clustered with the defaults. The pairs below were
 * judged by eye: a random sample of 100 collapsed pairs ({@link CorpusDedup#sample}: pairs sorted by ids, then
 * {@code Collections.shuffle(new Random(20240612))}) held 99 same-story pairs; the one doubtful pair is a generic
 * live-page title on two consecutive days ("Latest Israel-Hamas war news and Gaza conflict updates - The
 * Washington Post").
 */
class GazaHeadlinesDedupTest {

  private static CorpusDedup dedup;

  @BeforeAll
  static void cluster() {
    var dir = TestPaths.sharedCorpora();
    Assumptions.assumeTrue(dir.isPresent(), "../shared/corpora absent");
    Path file = dir.get().resolve("gaza-headlines-2023-2024.jsonl");
    Assumptions.assumeTrue(Files.exists(file), "gaza headlines absent");
    dedup = new CorpusDedup(DedupParams.DEFAULT, file);
  }

  /** Judged the same story, each from the seeded sample or the 0.6-0.75 band. */
  static final String[][] SAME = {
      {"gaza-cf1d96ef2b050074", "gaza-0af7b07d13ac23a4"}, // Diminished Hamas switches to full insurgent mode
      {"gaza-96240dab9ea82e8a", "gaza-7c6b22a0874913ec"}, // Gaza's children forced to learn how to survive
      {"gaza-0d8e1d3d2fc07676", "gaza-393de3d29b310b16"}, // bodies of 3 more hostages (NYT / AP)
      {"gaza-5e727091af2da65b", "gaza-df2ce1601f3ea998"}, // No safe place in Gaza—not even in the south
      {"gaza-861066de59a3b751", "gaza-531cb9142832df03"}, // mass graves: victims' hands were tied
      {"gaza-0066ba0fb893faa5", "gaza-0d8b288e8c84c6aa"}, // CNN April 18, 2024 live page, both titles
      {"gaza-9b2660a4c1ea0dcb", "gaza-b4ac88c432a2f1ed"}, // How AP analyzed the death toll data
      {"gaza-04932edc09e0f8cf", "gaza-9e33be6e30779888"}, // B'Tselem: Manufacturing Famine
      {"gaza-a6a736f99050c123", "gaza-f0f3568ad6343281"}, // death toll surpasses 25,000 (ABC, two days)
      {"gaza-b98e531e1cdddbb7", "gaza-c87d41f0c79f7349"}, // MSF: we did not have time to bury them
      {"gaza-e3454ba2c132f33c", "gaza-d5553b812e839f32"}, // NBC: fighting again in northern Gaza
  };

  /** Judged different stories: serial items, shared dates or boilerplate, or too far apart in time. */
  static final String[][] DIFFERENT = {
      {"gaza-1db4fa2352df1216", "gaza-693d145b5b34a20d"}, // Flash Update #159 / #160
      {"gaza-fded656ed98397eb", "gaza-8aed1ab0123c12be"}, // Flash Update #23 / #24
      {"gaza-cd03e8e5fb8b994c", "gaza-f40d1a4c039e6a51"}, // UNRWA Situation Report #55 / #56
      {"gaza-ddea0d2b1d662d24", "gaza-59e7d7541567adc9"}, // List of key events, day 154 / 156
      {"gaza-4195208fcc664756", "gaza-d511a846f35c8e12"}, // JPost War Day 238 / 240
      {"gaza-de0f9cf55c7b9488", "gaza-4022d2892be35091"}, // CNN May 16 live page / USAID briefing of May 16
      {"gaza-02f678c7e32c96d5", "gaza-8f5481882e450800"}, // State Dept briefing April 23 / CNN April 23
      {"gaza-5365a91fc7afd9cf", "gaza-8f7d111942a54111"}, // Reuters Pictures of the Day May 30 / CNN May 30
      {"gaza-25ee41160e41e75c", "gaza-f241280d658b33b7"}, // DW 05/18/2024: Gantz plan / floating pier
      {"gaza-8c562acf3bd026ae", "gaza-afda47a5d1f50598"}, // New Yorker essay / HRW Q&A
      {"gaza-e3f70aa910dc2759", "gaza-b58334e4c1093476"}, // same Blinken press-availability title, 2 months apart
      {"gaza-070ba4409e6cad86", "gaza-330a941922d313fa"}, // same SG remarks title, 3 months apart
  };

  @Test
  void collapseCountIsSane() {
    int collapsed = dedup.collapsed();
    int clusters = dedup.clusters.clusters().size();
    // defaults give 915 verified pairs, 825 clusters, 869 articles collapsed, largest cluster 5
    assertTrue(collapsed >= 700 && collapsed <= 1050, "collapsed " + collapsed);
    assertTrue(clusters >= 650 && clusters <= 950, "clusters " + clusters);
    int largest = dedup.clusters.clusters().values().stream().mapToInt(java.util.List::size).max().orElse(0);
    assertTrue(largest <= 10, "largest cluster " + largest + ": something chains unrelated headlines");
  }

  @Test
  void judgedSameStoriesAreCollapsed() {
    for (String[] p : SAME) {
      assertEquals(dedup.clusters.canonical(p[0]), dedup.clusters.canonical(p[1]), p[0] + " / " + p[1]);
    }
  }

  @Test
  void judgedDifferentStoriesAreNot() {
    for (String[] p : DIFFERENT) {
      assertNotEquals(dedup.clusters.canonical(p[0]), dedup.clusters.canonical(p[1]), p[0] + " / " + p[1]);
    }
  }
}
