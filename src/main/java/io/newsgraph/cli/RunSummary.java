package io.newsgraph.cli;

import io.newsgraph.pipeline.RunManifest;
import java.io.PrintWriter;
import java.util.Map;

/** The one-screen summary printed at the end of a run. */
record RunSummary(RunManifest m, long totalMillis) {

  void print(PrintWriter out) {
    RunManifest.Counts t = m.totals();
    out.printf("newsgraph run %s %s in %.1f s%n", m.runId(), m.status(), totalMillis / 1000.0);
    out.printf("  input   %d files, %d records: %d articles, %d duplicates, %d rejects%s%n", m.inputs().size(),
        t.recordsIn(), t.articles(), t.duplicates(), t.rejects(),
        t.blankLines() > 0 ? " (+" + t.blankLines() + " blank lines)" : "");
    out.printf("  balance records_in = articles + duplicates + rejects: %s%n", t.balanced() ? "ok" : "MISMATCH");
    if (t.datesInferred() > 0) {
      out.printf("  dates   %d articles undated or unparseable, filed under the run date%n", t.datesInferred());
    }
    if (!m.rejectsByReason().isEmpty()) {
      out.print("  rejects");
      for (Map.Entry<String, Long> e : m.rejectsByReason().entrySet()) {
        out.printf(" %s=%d", e.getKey(), e.getValue());
      }
      out.println();
    }
    out.printf("  dates   %d touched%s%n", m.datesTouched().size(), m.datesTouched().isEmpty() ? ""
        : " (" + m.datesTouched().get(0) + " .. " + m.datesTouched().get(m.datesTouched().size() - 1) + ")");
    if (m.datesRecomputed() != null && !m.datesRecomputed().isEmpty()) {
      out.printf("  recomputed %d dates (%s .. %s)%n", m.datesRecomputed().size(), m.datesRecomputed().get(0),
          m.datesRecomputed().get(m.datesRecomputed().size() - 1));
    }
    long skipped = m.inputs().stream().filter(f -> f.status().equals("skipped")).count();
    if (skipped > 0) {
      out.printf("  skipped %d input files already ingested by earlier runs%n", skipped);
    }
    out.print("  rows   ");
    m.rowsWritten().forEach((k, v) -> out.printf(" %s=%d", k, v));
    out.println();
    out.print("  time   ");
    m.stageMillis().forEach((k, v) -> out.printf(" %s=%.1fs", k, v / 1000.0));
    out.println();
    out.printf("  manifest %s/_runs/%s.json%n", m.config().get("warehouse"), m.runId());
  }
}
