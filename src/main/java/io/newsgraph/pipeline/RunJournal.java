package io.newsgraph.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the run manifests as a journal. A run writes its manifest with status {@code committing}
 * before it swaps the first partition in, and {@code succeeded} at the end; so at the start of the
 * next run (under the lock) a manifest still saying {@code committing} is a run that died
 * mid-commit. Recovery rolls it forward: the partitions it had staged but not swapped in are
 * swapped in, and its dates are recomputed by the current run. Staging folders of runs that died
 * before committing are dropped: nothing of theirs was visible.
 */
final class RunJournal {

  private static final Logger LOG = LoggerFactory.getLogger(RunJournal.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The article-level tables and rejects roll forward; the daily tables are recomputed instead. */
  private static final List<String> ROLL_FORWARD =
      List.of(
          Tables.REJECTS,
          Tables.ARTICLES,
          Tables.MENTIONS,
          Tables.ARTICLE_TONE,
          Tables.DISCOVERED_DAILY);

  private final Warehouse wh;

  RunJournal(Warehouse wh) {
    this.wh = wh;
  }

  /** One input file a successful run has read. */
  record IngestedFile(String path, long bytes, String checksum) {}

  /** Files earlier runs read completely: their records are all in the warehouse. */
  Set<IngestedFile> ingestedFiles() throws IOException {
    Set<IngestedFile> out = new HashSet<>();
    for (JsonNode m : manifests()) {
      String status = m.path("status").asText();
      if (!status.equals("succeeded") && !status.equals("recovered")) {
        continue;
      }
      for (JsonNode f : m.path("inputs")) {
        if (f.path("status").asText("read").equals("read") && f.hasNonNull("checksum")) {
          out.add(
              new IngestedFile(
                  f.path("path").asText(), f.path("bytes").asLong(), f.path("checksum").asText()));
        }
      }
    }
    return out;
  }

  /**
   * Rolls interrupted runs forward; returns the dates whose daily tables the current run must
   * recompute.
   */
  TreeSet<LocalDate> recover(String currentRunId) throws IOException {
    TreeSet<LocalDate> dates = new TreeSet<>();
    Set<String> journaled = new HashSet<>();
    for (JsonNode m : manifests()) {
      String runId = m.path("run_id").asText();
      journaled.add(runId);
      if (!m.path("status").asText().equals("committing")) {
        continue;
      }
      LOG.warn("run {} was interrupted while committing: rolling it forward", runId);
      TreeSet<LocalDate> its = new TreeSet<>();
      m.path("dates_touched").forEach(d -> its.add(LocalDate.parse(d.asText())));
      PartitionCommitter committer = new PartitionCommitter(wh, runId);
      for (String table : ROLL_FORWARD) {
        List<LocalDate> staged = stagedDates(runId, table);
        committer.commitPartitions(table, staged);
      }
      if (wh.exists(wh.stagedTable(runId, Tables.ACTORS))) {
        committer.commitTable(Tables.ACTORS);
      }
      committer.cleanUp();
      dates.addAll(its);
      ObjectNode updated =
          ((ObjectNode) m).put("status", "recovered").put("recovered_by", currentRunId);
      writeRaw(runId, updated);
    }
    // Staging left by runs that died before they committed anything.
    Path staging = new Path(wh.root(), "_staging");
    if (wh.exists(staging)) {
      for (FileStatus st : wh.fs().listStatus(staging)) {
        String runId = st.getPath().getName();
        if (!runId.equals(currentRunId)) {
          LOG.warn("dropping the staging folder of run {}, which died before committing", runId);
          new PartitionCommitter(wh, runId).cleanUp();
        }
      }
    }
    return dates;
  }

  private List<LocalDate> stagedDates(String runId, String table) throws IOException {
    Path t = wh.stagedTable(runId, table);
    List<LocalDate> out = new ArrayList<>();
    if (!wh.exists(t)) {
      return out;
    }
    for (FileStatus st : wh.fs().listStatus(t)) {
      String n = st.getPath().getName();
      if (st.isDirectory() && n.startsWith("date=")) {
        out.add(LocalDate.parse(n.substring(5)));
      }
    }
    return out;
  }

  private List<JsonNode> manifests() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (!wh.exists(wh.runs())) {
      return out;
    }
    for (FileStatus st : wh.fs().listStatus(wh.runs())) {
      String n = st.getPath().getName();
      if (!n.endsWith(".json") || n.startsWith(".")) {
        continue;
      }
      try (InputStream in = wh.fs().open(st.getPath())) {
        out.add(JSON.readTree(in));
      } catch (IOException e) {
        LOG.warn("unreadable manifest {}: {}", st.getPath(), e.toString());
      }
    }
    return out;
  }

  private void writeRaw(String runId, JsonNode node) throws IOException {
    Path tmp = new Path(wh.runs(), "." + runId + ".json.tmp");
    try (OutputStream out = wh.fs().create(tmp, true)) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out, node);
    }
    Path dst = new Path(wh.runs(), runId + ".json");
    wh.fs().delete(dst, false);
    wh.fs().rename(tmp, dst);
  }
}
