package io.newsgraph.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Makes a run's staged partitions visible. Each partition is swapped by two renames (old aside, new
 * in); a date the run owns but staged nothing for is emptied. Readers see a partition either as
 * before or as after: never a half-written one, because Spark wrote the files into the staging
 * folder first.
 */
final class PartitionCommitter {

  private final Warehouse wh;
  private final String runId;

  PartitionCommitter(Warehouse wh, String runId) {
    this.wh = wh;
    this.runId = runId;
  }

  void commitPartitions(String table, Collection<LocalDate> dates) throws IOException {
    FileSystem fs = wh.fs();
    Path staged = wh.stagedTable(runId, table);
    Path trash = new Path(wh.trash(runId), table);
    for (LocalDate d : dates) {
      Path from = new Path(staged, "date=" + d);
      Path to = wh.partition(table, d);
      if (fs.exists(to)) {
        fs.mkdirs(trash);
        if (!fs.rename(to, new Path(trash, "date=" + d))) {
          throw new IOException("cannot move aside " + to);
        }
      }
      if (fs.exists(from)) {
        fs.mkdirs(to.getParent());
        if (!fs.rename(from, to)) {
          throw new IOException("cannot move " + from + " to " + to);
        }
      }
    }
  }

  /** For a table without partitions (actors): the whole folder is swapped. */
  void commitTable(String table) throws IOException {
    FileSystem fs = wh.fs();
    Path from = wh.stagedTable(runId, table);
    Path to = wh.table(table);
    if (fs.exists(to)) {
      fs.mkdirs(wh.trash(runId));
      if (!fs.rename(to, new Path(wh.trash(runId), table))) {
        throw new IOException("cannot move aside " + to);
      }
    }
    if (!fs.rename(from, to)) {
      throw new IOException("cannot move " + from + " to " + to);
    }
  }

  void cleanUp() throws IOException {
    wh.fs().delete(wh.trash(runId), true);
    wh.fs().delete(wh.staging(runId), true);
    // The parents go too once empty (the run holds the lock, so no other run is adding to them).
    deleteIfEmpty(wh.trash(runId).getParent());
    deleteIfEmpty(wh.staging(runId).getParent());
  }

  private void deleteIfEmpty(Path dir) throws IOException {
    FileSystem fs = wh.fs();
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
      fs.delete(dir, false);
    }
  }
}
