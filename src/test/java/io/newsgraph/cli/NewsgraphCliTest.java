package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsgraphCliTest {

  @TempDir
  Path tmp;

  @Test
  void helpAndVersionExitZero() {
    assertEquals(0, NewsgraphCli.execute("--help"));
    assertEquals(0, NewsgraphCli.execute("run", "--help"));
    assertEquals(0, NewsgraphCli.execute("--version"));
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("run"));
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("run", "--input", "x", "--date", "2024-13-40"));
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("run", "--input", "x", "--max-reject-rate", "7"));
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("run", "--bogus"));
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("frobnicate"));
    Path conf = tmp.resolve("job.properties");
    Files.writeString(conf, "warehous=/tmp/x\n");
    assertEquals(NewsgraphCli.EXIT_USAGE, NewsgraphCli.execute("run", "--input", "x", "--config", conf.toString()));
  }

  @Test
  void rejectsOverTheRateExitThreeAfterWritingEverything() throws Exception {
    Path wh = tmp.resolve("wh");
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true));
      code = NewsgraphCli.execute("run", "--input", TestPaths.sampleCorpus().toString(), "--warehouse", wh.toString(),
          "--date", "2024-03-09", "--master", "local[2]");
    } finally {
      System.setOut(old);
    }
    // bad-records.jsonl holds 4 rejects among 53 records: over the default 1 %
    assertEquals(NewsgraphCli.EXIT_REJECTS, code);
    String summary = out.toString();
    assertTrue(summary.contains("balance records_in = articles + duplicates + rejects: ok"), summary);
    assertTrue(Files.isDirectory(wh.resolve("actor_daily/date=2024-03-05")));
  }
}
