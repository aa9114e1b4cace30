package io.newsgraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the --input paths (files, folders walked recursively, globs) on any Hadoop file system into the
 * files to read and cuts them into splits. Hidden files (.name, _name: checksums, _SUCCESS markers) are skipped.
 */
public final class InputLister {

  /** One input file as listed: what the manifest records for it. */
  public record InputFile(String path, long size, long modificationTime, InputFormat format) {}

  private final Configuration conf;

  public InputLister(Configuration conf) {
    this.conf = conf;
  }

  public List<InputFile> list(List<String> inputs) throws IOException {
    List<InputFile> out = new ArrayList<>();
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
            // In a folder walk only readable formats count: a README or a .crc beside the data is not input.
            // A file named on the command line is always taken, and rejected if its format is unknown.
            if (!hidden(f.getPath(), st.getPath()) && InputFormat.of(f.getPath().getName()) != InputFormat.UNSUPPORTED) {
              out.add(of(f));
            }
          }
        } else {
          out.add(of(st));
        }
      }
    }
    out.sort(Comparator.comparing(InputFile::path));
    return out.stream().distinct().toList();
  }

  private static InputFile of(FileStatus f) {
    String path = f.getPath().toString();
    return new InputFile(path, f.getLen(), f.getModificationTime(), InputFormat.of(f.getPath().getName()));
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
        out.add(new InputSplit(f.path(), f.size(), s, Math.min(splitBytes, f.size() - s), f.format()));
      }
    }
    return out;
  }
}
