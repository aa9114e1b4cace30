package io.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Expands the --input paths (files, folders walked recursively, globs) on any Hadoop file system
 * into the files to read and cuts them into splits. A file named on the command line is always read
 * (and rejected if its format is unknown). In a folder walk only supported inputs are read: a file
 * must have a known extension, not be hidden (.name, _name: checksums, _SUCCESS markers) and its
 * first bytes must look like its format; every other file is listed as skipped with the reason,
 * never read.
 */
public final class InputLister {

  /** One input file as listed: what the manifest records for it. */
  public record InputFile(String path, long size, long modificationTime, InputFormat format) {}

  /** A file a folder walk found but does not read, and why. */
  public record SkippedFile(String path, long size, String reason) {}

  /** The files to read and the files skipped, each sorted by path. */
  public record Listing(List<InputFile> files, List<SkippedFile> skipped) {}

  private final Configuration conf;

  public InputLister(Configuration conf) {
    this.conf = conf;
  }

  public List<InputFile> list(List<String> inputs) throws IOException {
    return listing(inputs).files();
  }

  public Listing listing(List<String> inputs) throws IOException {
    List<InputFile> out = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        throw new java.io.FileNotFoundException("input not found: " + input);
      }
      for (FileStatus st : matches) {
        if (st.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String why = skipReason(fs, f, st.getPath());
            if (why == null) {
              out.add(of(f));
            } else {
              skipped.add(new SkippedFile(f.getPath().toString(), f.getLen(), why));
            }
          }
        } else {
          out.add(of(st));
        }
      }
    }
    out.sort(Comparator.comparing(InputFile::path));
    skipped.sort(Comparator.comparing(SkippedFile::path));
    List<InputFile> files = out.stream().distinct().toList();
    java.util.Set<String> read = new java.util.HashSet<>();
    files.forEach(f -> read.add(f.path()));
    // A file both named and found skipped in a walk (e.g. a folder and a file in it) is read.
    return new Listing(
        files, skipped.stream().distinct().filter(f -> !read.contains(f.path())).toList());
  }

  /** Why a file found in a folder walk is not input, or null when it is. */
  private String skipReason(FileSystem fs, FileStatus f, Path root) throws IOException {
    if (hidden(f.getPath(), root)) {
      return "hidden (name starts with . or _)";
    }
    InputFormat format = InputFormat.of(f.getPath().getName());
    if (format == InputFormat.UNSUPPORTED) {
      return "not an input format (by its name: .jsonl, .ndjson, .json, .txt, optionally .gz/.bz2/.zst)";
    }
    byte[] head = new byte[InputSniffer.HEAD_BYTES];
    int n = 0;
    try (InputStream in = open(fs, f.getPath())) {
      int r;
      while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
        n += r;
      }
    } catch (IOException e) {
      // A file that cannot be read is still input: its reader turns the failure into a reject with
      // the reason.
      return null;
    }
    return InputSniffer.problem(format, head, n);
  }

  private InputStream open(FileSystem fs, Path p) throws IOException {
    InputStream raw = fs.open(p);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
    return codec == null ? raw : codec.createInputStream(raw);
  }

  private static InputFile of(FileStatus f) {
    String path = f.getPath().toString();
    return new InputFile(
        path, f.getLen(), f.getModificationTime(), InputFormat.of(f.getPath().getName()));
  }

  /** Hidden if the file or any folder below the input root starts with '.' or '_'. */
  private static boolean hidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  public static List<InputSplit> splits(List<InputFile> files, long splitBytes) {
    List<InputSplit> out = new ArrayList<>();
    for (InputFile f : files) {
      boolean splittable = f.format() == InputFormat.JSONL && !InputFormat.compressed(f.path());
      if (!splittable || f.size() <= splitBytes) {
        out.add(new InputSplit(f.path(), f.size(), 0, f.size(), f.format()));
        continue;
      }
      for (long s = 0; s < f.size(); s += splitBytes) {
        out.add(
            new InputSplit(f.path(), f.size(), s, Math.min(splitBytes, f.size() - s), f.format()));
      }
    }
    return out;
  }
}
