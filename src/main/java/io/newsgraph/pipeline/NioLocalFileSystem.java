package io.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's {@code file:} file system with permissions set through java.nio instead of a forked
 * {@code chmod}.
 *
 * <p>Without the native Hadoop library (which the Maven artifacts do not ship) {@link
 * RawLocalFileSystem} forks {@code chmod} for every file and directory it creates. A run writes one
 * file (and its .crc) per table and date, so a year of dates forked about 6,700 processes and 6,700
 * reader threads on a 128 MB corpus: a large part of the job's CPU time outside Spark's tasks.
 * Everything else, checksums included, is Hadoop's own.
 */
public final class NioLocalFileSystem extends LocalFileSystem {

  /** The Hadoop setting that makes {@code file:} paths use this class. */
  public static final String HADOOP_KEY = "fs.file.impl";

  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (checksum-less) layer, where permissions are set. */
  static final class Raw extends RawLocalFileSystem {

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      java.nio.file.Path file = pathToFile(p).toPath();
      try {
        Files.setPosixFilePermissions(file, posix(permission.toShort()));
      } catch (UnsupportedOperationException e) {
        super.setPermission(p, permission); // not a POSIX file system (Windows): Hadoop's own way
      }
    }

    static Set<PosixFilePermission> posix(short mode) {
      Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
      PosixFilePermission[] bits = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ
      };
      for (int i = 0; i < bits.length; i++) {
        if ((mode & (1 << i)) != 0) {
          out.add(bits[i]);
        }
      }
      return out;
    }
  }
}
