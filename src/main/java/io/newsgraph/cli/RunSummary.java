package io.newsgraph.cli;

import io.newsgraph.pipeline.RunManifest;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** The one-screen summary printed at the end of a run or backfill. */
record RunSummary(String command, RunManifest m, long totalMillis) {

  void print(PrintWriter out) {
    RunManifest.Counts t = m.totals();
    out.printf(
        "newsgraph %s %s %s in %.1f s%n", command, m.runId(), m.status(), totalMillis / 1000.0);
    out.printf("  version %s (commit %s)%n", m.version(), m.commit());
    if (command.equals("run")) {
      out.printf(
          "  input   %d files, %d records: %d articles, %d duplicates, %d rejects%s%n",
          m.inputs().size(),
          t.recordsIn(),
          t.articles(),
          t.duplicates(),
          t.rejects(),
          t.blankLines() > 0 ? " (+" + t.blankLines() + " blank lines)" : "");
      out.printf(
          "  balance records_in = articles + duplicates + rejects: %s%n",
          t.balanced() ? "ok" : "MISMATCH");
    }
    if (t.datesInferred() > 0) {
      out.printf(
          "  dates   %d articles undated or unparseable, filed under the run date%n",
          t.datesInferred());
    }
    if (!m.rejectsByReason().isEmpty()) {
      out.print("  rejects");
      for (Map.Entry<String, Long> e : m.rejectsByReason().entrySet()) {
        out.printf(" %s=%d", e.getKey(), e.getValue());
      }
      out.println();
    }
    long skipped = m.inputs().stream().filter(f -> f.status().equals("skipped")).count();
    if (skipped > 0) {
      out.printf("  skipped %d input files already ingested by earlier runs%n", skipped);
    }
    printNotInput(out);
    boolean backfill = command.equals("backfill");
    if (!m.datesTouched().isEmpty() || !backfill) {
      out.printf(
          "  dates   %d %s%s%n",
          m.datesTouched().size(), backfill ? "re-annotated" : "touched", range(m.datesTouched()));
    }
    if (!backfill && m.datesRecomputed() != null && !m.datesRecomputed().isEmpty()) {
      out.printf(
          "  recovered %d dates an interrupted run left%s%n",
          m.datesRecomputed().size(), range(m.datesRecomputed()));
    }
    if (m.datesWritten() != null && !m.datesWritten().isEmpty()) {
      out.print("  rewrote  date partitions:");
      m.datesWritten().forEach((k, v) -> out.printf(" %s=%d", k, v));
      out.println();
    }
    out.print("  rows   ");
    m.rowsWritten().forEach((k, v) -> out.printf(" %s=%d", k, v));
    out.println();
    out.print("  time   ");
    m.stageMillis().forEach((k, v) -> out.printf(" %s=%.1fs", k, v / 1000.0));
    out.println();
    out.printf("  manifest %s/_runs/%s.json%n", m.config().get("warehouse"), m.runId());
  }

  /** Files a folder walk found and did not read: counted by reason, the first few named. */
  private void printNotInput(PrintWriter out) {
    if (m.skippedInputs() == null || m.skippedInputs().isEmpty()) {
      return;
    }
    Map<String, Integer> byReason = new TreeMap<>();
    m.skippedInputs().forEach(f -> byReason.merge(f.reason(), 1, Integer::sum));
    out.printf(
        "  not input: %d files found in folders were skipped, not read (all listed in the manifest)%n",
        m.skippedInputs().size());
    byReason.forEach(
        (reason, n) -> {
          String first =
              m.skippedInputs().stream()
                  .filter(f -> f.reason().equals(reason))
                  .findFirst()
                  .orElseThrow()
                  .path();
          out.printf("    %d x %s, e.g. %s%n", n, reason, first);
        });
  }

  private static String range(java.util.List<String> dates) {
    return dates.isEmpty() ? "" : " (" + dates.get(0) + " .. " + dates.get(dates.size() - 1) + ")";
  }
}
