package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewsgraphCliTest {

  @TempDir Path tmp;

  @Test
  void helpAndVersionExitZero() {
    assertEquals(0, NewsgraphCli.execute("--help"));
    assertEquals(0, NewsgraphCli.execute("run", "--help"));
    assertEquals(0, NewsgraphCli.execute("--version"));
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("run"));
    assertEquals(
        NewsgraphCli.EXIT_USAGE,
        NewsgraphCli.execute("run", "--input", "x", "--date", "2024-13-40"));
    assertEquals(
        NewsgraphCli.EXIT_USAGE,
        NewsgraphCli.execute("run", "--input", "x", "--max-reject-rate", "7"));
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("run", "--bogus"));
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("frobnicate"));
    Path conf = tmp.resolve("job.properties");
    Files.writeString(conf, "warehous=/tmp/x\n");
    assertEquals(
        NewsgraphCli.EXIT_USAGE,
        NewsgraphCli.execute("run", "--input", "x", "--config", conf.toString()));
  }

  @Test
  void rejectsOverTheRateExitThreeAfterWritingEverything() throws Exception {
    // The sample corpus, and beside it what a drop folder may also hold: a table of scored
    // sentences under a .txt
    // name and a pretty-printed JSON document. Both are skipped with their reasons, never read as
    // articles.
    Path in = tmp.resolve("drop");
    TestPaths.copyTree(TestPaths.sampleCorpus(), in);
    Files.writeString(
        in.resolve("scores_GroundTruth.txt"),
        "1\t2.1\tWhat a lovely morning.\n2\t-1.4\tThe bus never came.\n3\t0.2\tThe shop opens at nine.\n");
    Files.writeString(in.resolve("meta.json"), "{\n  \"drop\": \"2024-03-09\"\n}\n");
    Path wh = tmp.resolve("wh");
    Object[] r =
        capture(
            "run",
            "--input",
            in.toString(),
            "--warehouse",
            wh.toString(),
            "--date",
            "2024-03-09",
            "--master",
            "local[2]");
    // bad-records.jsonl holds 4 rejects among 53 records: over the default 1 %
    assertEquals(NewsgraphCli.EXIT_REJECTS, r[0], r[2].toString());
    String summary = (String) r[1];
    assertTrue(summary.contains("53 records"), summary);
    assertTrue(
        summary.contains("balance records_in = articles + duplicates + rejects: ok"), summary);
    assertTrue(summary.contains("not input: 3 files"), summary); // README.md, the table, meta.json
    // The commit the classes were built from, as git itself names it (the build embeds it).
    String head = gitHead();
    assertTrue(summary.contains("version 0.1.0 (commit " + head), summary);
    assertTrue(Files.isDirectory(wh.resolve("actor_daily/date=2024-03-05")));
    String manifest;
    try (var runs = Files.list(wh.resolve("_runs"))) {
      manifest =
          Files.readString(
              runs.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
    }
    assertTrue(
        manifest.contains("\"skipped_inputs\"")
            && manifest.contains("scores_GroundTruth.txt")
            && manifest.contains("tab-separated"),
        manifest);
    assertTrue(
        manifest.contains("\"commit\" : \"" + head) && manifest.contains("\"version\" : \"0.1.0\""),
        manifest);
    // A normal run leaves no staging, trash or lock behind, not even empty folders.
    for (String left : List.of("_staging", "_trash", "_lock.json")) {
      assertFalse(Files.exists(wh.resolve(left)), left + " left behind");
    }

    // A backfill of one date says what it rewrote: that date's article-level tables, and the daily
    // tables of
    // that date and of the stored dates in the 28 days after it (the sample's articles run from
    // 2024-03-01).
    List<String> dates;
    try (var ds = Files.list(wh.resolve("actor_daily"))) {
      dates = ds.map(p -> p.getFileName().toString().substring(5)).sorted().toList();
    }
    String first = dates.get(0);
    long daily =
        dates.stream()
            .filter(d -> d.compareTo(java.time.LocalDate.parse(first).plusDays(28).toString()) <= 0)
            .count();
    Object[] b =
        capture("backfill", "--date", first, "--warehouse", wh.toString(), "--master", "local[2]");
    assertEquals(0, b[0], b[2].toString());
    String bs = (String) b[1];
    assertTrue(bs.startsWith("newsgraph backfill "), bs);
    assertTrue(bs.contains("dates   1 re-annotated (" + first + " .. " + first + ")"), bs);
    assertTrue(
        bs.contains(
            "mentions=1 article_tone=1 discovered_daily=1 comentions_daily="
                + daily
                + " dyad_daily="
                + daily
                + " actor_daily="
                + daily),
        bs);
    assertTrue(daily > 1, "the sample spans several days: " + dates);
    for (String left : List.of("_staging", "_trash", "_lock.json")) {
      assertFalse(Files.exists(wh.resolve(left)), left + " left behind by the backfill");
    }
  }

  /** Runs the CLI with stdout and stderr captured: {exit code, stdout, stderr}. */
  private static Object[] capture(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true));
      System.setErr(new PrintStream(err, true));
      code = NewsgraphCli.execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Object[] {code, out.toString(), err.toString()};
  }

  private static void assertOneLineSetupError(Object[] r, String mentions) {
    assertEquals(NewsgraphCli.EXIT_USAGE, r[0], r[2].toString());
    // Spark's own log lines share stderr in a test JVM; the CLI's lines are what counts.
    String err = (String) r[2];
    List<String> ours = err.lines().filter(l -> l.startsWith("newsgraph:")).toList();
    assertEquals(1, ours.size(), err);
    assertTrue(ours.get(0).contains(mentions), err);
    assertFalse(
        err.contains("\tat ") || err.contains("Exception"),
        "no stack trace without --verbose: " + err);
  }

  @Test
  void setupErrorsExitTwoWithOneLineAndCreateNothing() throws Exception {
    Path input = TestPaths.sampleCorpus().resolve("wire-2024-03.jsonl");
    // The warehouse path is a file.
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    assertOneLineSetupError(
        capture("run", "--input", input.toString(), "--warehouse", file.toString()),
        "is a file, not a folder");
    // A folder under a file.
    assertOneLineSetupError(
        capture("run", "--input", input.toString(), "--warehouse", file.resolve("wh").toString()),
        "is a file");
    // A missing input: no warehouse folder left behind.
    Path wh = tmp.resolve("wh-never");
    assertOneLineSetupError(
        capture(
            "run",
            "--input",
            tmp.resolve("missing.jsonl").toString(),
            "--warehouse",
            wh.toString()),
        "input not found");
    assertFalse(Files.exists(wh), "a failed setup created " + wh);
    // An actors file that cannot be read (a folder here; permissions do not bind root).
    assertOneLineSetupError(
        capture(
            "run",
            "--input",
            input.toString(),
            "--warehouse",
            wh.toString(),
            "--actors",
            tmp.toString()),
        "--actors");
    assertFalse(Files.exists(wh), "a failed setup created " + wh);
    // A backfill of an empty warehouse.
    assertOneLineSetupError(
        capture("backfill", "--date", "2024-03-09", "--warehouse", wh.toString()),
        "nothing to backfill");
    assertFalse(Files.exists(wh), "a failed setup created " + wh);
    // --verbose adds the stack trace.
    Object[] verbose =
        capture("run", "--verbose", "--input", input.toString(), "--warehouse", file.toString());
    assertEquals(NewsgraphCli.EXIT_USAGE, verbose[0]);
    assertTrue(verbose[2].toString().contains("\tat io.newsgraph."), verbose[2].toString());
  }

  @Test
  void inputTakesSeveralPathsAfterOneFlag() {
    CommandLine cl = new CommandLine(new NewsgraphCli());
    CommandLine.ParseResult r =
        cl.parseArgs(
            "run", "--input", "a.jsonl", "b.jsonl", "c,d", "--date", "2024-03-09", "--input", "e");
    RunCommand run = (RunCommand) r.subcommand().commandSpec().userObject();
    assertEquals(List.of("a.jsonl", "b.jsonl", "c", "d", "e"), run.inputs);
  }

  @Test
  void helpTextsAreWholeSentencesAndEachCommandShowsItsOwnOptions() {
    String top = (String) capture("--help")[1];
    for (String cmd :
        List.of("run", "backfill", "actors", "evaluate", "train-ner", "build-dictionary")) {
      String line =
          top.lines()
              .filter(l -> l.strip().startsWith(cmd + " "))
              .findFirst()
              .orElseThrow()
              .strip();
      assertTrue(line.endsWith("."), "cut mid-sentence: " + line);
    }
    String actors = (String) capture("actors", "--help")[1];
    assertFalse(
        actors.contains("--master")
            || actors.contains("--min-pair-articles")
            || actors.contains("--input"),
        actors);
    assertTrue(actors.contains("--warehouse") && actors.contains("--top"), actors);
    String run = (String) capture("run", "--help")[1];
    for (String o :
        List.of(
            "--input",
            "--warehouse",
            "--date",
            "--actors",
            "--master",
            "--max-reject-rate",
            "--min-pair-articles",
            "--config",
            "--verbose")) {
      assertTrue(run.contains(o), o + " missing from run --help");
    }
    String backfill = (String) capture("backfill", "--help")[1];
    assertFalse(backfill.contains("--input") || backfill.contains("--max-reject-rate"), backfill);
    assertTrue(backfill.contains("--from") && backfill.contains("--min-pair-articles"), backfill);
  }

  private static String gitHead() throws Exception {
    Process p =
        new ProcessBuilder("git", "rev-parse", "--short=7", "HEAD")
            .directory(TestPaths.repoRoot().toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    assertEquals(0, p.waitFor(), out);
    return out;
  }
}
