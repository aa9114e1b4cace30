package io.newsgraph.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The warehouse layout on any Hadoop file system: {@code
 * <root>/<table>/date=YYYY-MM-DD/part-*.zstd.parquet}, {@code <root>/actors/}, {@code
 * <root>/_runs/<run_id>.json}, and {@code <root>/_staging/<run_id>/} where a run writes before it
 * commits.
 */
public final class Warehouse {

  private final Path root;
  private final FileSystem fs;

  public Warehouse(String root, Configuration conf) throws IOException {
    Path p = new Path(root);
    this.fs = p.getFileSystem(conf);
    this.root = fs.makeQualified(p);
  }

  public FileSystem fs() {
    return fs;
  }

  public Path root() {
    return root;
  }

  public Path table(String name) {
    return new Path(root, name);
  }

  public Path partition(String table, LocalDate date) {
    return new Path(table(table), "date=" + date);
  }

  public Path staging(String runId) {
    return new Path(new Path(root, "_staging"), runId);
  }

  public Path stagedTable(String runId, String table) {
    return new Path(staging(runId), table);
  }

  public Path runs() {
    return new Path(root, "_runs");
  }

  public Path trash(String runId) {
    return new Path(new Path(root, "_trash"), runId);
  }

  /**
   * A setup error (exit 2) when the warehouse cannot be a folder: the path, or the nearest existing
   * folder above it, is a file; on a local disk also when that folder is not writable. Creates
   * nothing.
   */
  public void checkUsable() throws IOException {
    Path p = root;
    while (p != null && !fs.exists(p)) {
      p = p.getParent();
    }
    if (p == null) {
      return;
    }
    if (!fs.getFileStatus(p).isDirectory()) {
      throw new io.newsgraph.config.ConfigException(
          p.equals(root)
              ? "--warehouse " + root + " is a file, not a folder"
              : "--warehouse " + root + " cannot be created: " + p + " is a file");
    }
    if ("file".equals(p.toUri().getScheme())
        && !java.nio.file.Files.isWritable(java.nio.file.Path.of(p.toUri()))) {
      throw new io.newsgraph.config.ConfigException(
          "--warehouse " + root + ": " + p + " is not writable");
    }
  }

  public boolean exists(Path p) throws IOException {
    return fs.exists(p);
  }

  /**
   * True when the folder holds at least one Parquet file: a table (or staged output) Spark can
   * read.
   */
  public boolean hasParquet(Path p) throws IOException {
    if (!fs.exists(p)) {
      return false;
    }
    var it = fs.listFiles(p, true);
    while (it.hasNext()) {
      if (it.next().getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }
}
