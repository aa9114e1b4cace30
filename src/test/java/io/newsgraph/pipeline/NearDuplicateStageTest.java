package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.dedup.DedupParams;
import io.newsgraph.testing.SparkTestSession;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pairs are looked for in blocks of days, with the last days of a block lent to the next: copies on
 * either side of a block boundary must still meet, exactly once, and only within the date window.
 */
class NearDuplicateStageTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static final StructType CANDIDATES =
      new StructType()
          .add("article_id", "string")
          .add("title", "string")
          .add("text", "string")
          .add("date", "date")
          .add("input_file", "string")
          .add("input_offset", "long");
  private static final StructType STORED =
      new StructType()
          .add("article_id", "string")
          .add("title", "string")
          .add("text", "string")
          .add("date", "date");

  /** Six stories that share no sentence; a copy is the story with one word changed. */
  private static String story(int k, boolean copy) {
    String[] subjects = {
      "The harbour board of Portvale",
      "A regional court in Marlow",
      "The grain cooperative at Feld",
      "Rail workers in the northern valley",
      "The city council of Ostbridge",
      "A hospital trust near Kessing"
    };
    String[] verbs = {
      "approved a plan to dredge the eastern channel",
      "ruled against the toll on the old bridge",
      "reported a record barley harvest after the dry spring",
      "voted to stop work over the new shift rota",
      "delayed its budget vote after a row over bus fares",
      "opened a second maternity ward in the west wing"
    };
    String tail =
        " Officials said the decision followed months of talks with residents, unions and local firms, and"
            + " that a fuller statement with costs and a timetable would follow before the end of the month."
            + " Critics said the process had been rushed and asked for an independent review of the figures.";
    return subjects[k]
        + " "
        + verbs[k]
        + " on "
        + (copy ? "Tuesday" : "Monday")
        + "."
        + tail.replace("month", "month " + k);
  }

  private static Row candidate(String id, int story, boolean copy, LocalDate d, long offset) {
    return RowFactory.create(
        id, "Item " + story, story(story, copy), Date.valueOf(d), "in.jsonl", offset);
  }

  @Test
  void copiesAcrossBlockBoundariesMeetOnceAndOnlyWithinTheWindow() {
    int block = NearDuplicateStage.blockDays(DedupParams.DEFAULT);
    // first day of a block, so the boundary sits between start - 1 and start
    LocalDate start =
        LocalDate.ofEpochDay(Math.floorDiv(LocalDate.of(2024, 1, 10).toEpochDay(), block) * block);
    List<Row> rows = new ArrayList<>();
    rows.add(candidate("a", 0, false, start.minusDays(1), 0)); // last day of the block before
    rows.add(candidate("b", 0, true, start, 1)); // first day of the next: one day apart
    rows.add(candidate("c", 1, false, start.minusDays(3), 2)); // lent to the next block
    rows.add(candidate("d", 1, true, start, 3)); // three days apart: still the same story
    rows.add(candidate("e", 2, false, start.minusDays(4), 4)); // not lent
    rows.add(candidate("f", 2, true, start, 5)); // four days apart: a different story by the window
    rows.add(
        candidate(
            "g", 3, false, start.minusDays(2), 6)); // both lent: they pair in their own block only
    rows.add(candidate("h", 3, true, start.minusDays(1), 7));
    rows.add(candidate("i", 4, true, start.plusDays(1), 8)); // copies a stored article
    rows.add(candidate("k", 0, true, start, 9)); // excluded (an exact copy, say): never signed
    Dataset<Row> candidates = spark.createDataFrame(rows, CANDIDATES);
    Dataset<Row> excluded =
        candidates.where("article_id = 'k'").select("input_file", "input_offset");
    Dataset<Row> stored =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "s", "Item 4", story(4, false), Date.valueOf(start.minusDays(2)))),
            STORED);

    for (long excludedCount :
        new long[] {1, NearDuplicateStage.BROADCAST_KEYS + 1}) { // broadcast, then shuffle
      Map<String, String> dupOf =
          new NearDuplicateStage(DedupParams.DEFAULT)
              .find(
                  NearDuplicateStage.shingled(candidates, DedupParams.DEFAULT),
                  excluded,
                  excludedCount,
                  stored);
      assertEquals(
          Map.of("b", "a", "d", "c", "h", "g", "i", "s"), dupOf, "excluded count " + excludedCount);
    }
  }

  /**
   * A new copy that resembles only a stored duplicate (the stored story's edited copy, kept with
   * its dup_of) joins that cluster and points at the stored article that counts, as one run over
   * all the input would decide.
   */
  @Test
  void aNewCopyOfAStoredDuplicatePointsAtTheCopyThatCounts() {
    LocalDate d = LocalDate.of(2024, 3, 6);
    StructType storedSchema = STORED.add("dup_of", "string");
    // 10 words, 9 bigrams each. s counts; t changes s's last word (8 of 10 bigrams shared, 0.8),
    // stored as its
    // duplicate; u changes t's first word: 0.8 to t, but 7 of 11 (0.64, under 0.70) to s
    String s0 = "Harbour board of Portvale approves plan to dredge eastern channel";
    String t = "Harbour board of Portvale approves plan to dredge eastern canal";
    String u = "Port board of Portvale approves plan to dredge eastern canal";
    Dataset<Row> stored =
        spark.createDataFrame(
            List.of(
                RowFactory.create("s", s0, "", Date.valueOf(d.minusDays(1)), null),
                RowFactory.create("t", t, "", Date.valueOf(d.minusDays(1)), "s")),
            storedSchema);
    Dataset<Row> candidates =
        spark.createDataFrame(
            List.of(RowFactory.create("u", u, "", Date.valueOf(d), "in.jsonl", 0L)), CANDIDATES);
    Map<String, String> dupOf =
        new NearDuplicateStage(DedupParams.DEFAULT)
            .find(
                NearDuplicateStage.shingled(candidates, DedupParams.DEFAULT),
                candidates.where("false").select("input_file", "input_offset"),
                0,
                stored);
    assertEquals(Map.of("u", "s"), dupOf);
  }
}
