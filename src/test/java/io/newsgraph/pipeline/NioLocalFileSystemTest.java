package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {

  @TempDir java.nio.file.Path dir;

  private FileSystem fs() throws Exception {
    Configuration conf = new Configuration(false);
    conf.set(NioLocalFileSystem.HADOOP_KEY, NioLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    conf.set("fs.permissions.umask-mode", "022");
    return FileSystem.get(java.net.URI.create("file:///"), conf);
  }

  @Test
  void filesAndFoldersGetHadoopsPermissionsWithoutAForkedChmod() throws Exception {
    try (FileSystem fs = fs()) {
      assertInstanceOf(NioLocalFileSystem.class, fs);
      Path sub = new Path(dir.toUri().toString(), "date=2024-01-01");
      assertTrue(fs.mkdirs(sub));
      Path file = new Path(sub, "part-0.parquet");
      try (FSDataOutputStream out = fs.create(file)) {
        out.write("x".getBytes(StandardCharsets.UTF_8));
      }
      assertEquals(
          "rwxr-xr-x",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(dir.resolve("date=2024-01-01"))));
      assertEquals(
          "rw-r--r--",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(dir.resolve("date=2024-01-01/part-0.parquet"))));
      // the checksum file of Hadoop's LocalFileSystem is still written and read
      assertTrue(Files.exists(dir.resolve("date=2024-01-01/.part-0.parquet.crc")));
      assertEquals(1, fs.getFileStatus(file).getLen());
      fs.setPermission(file, new FsPermission((short) 0640));
      assertEquals(
          "rw-r-----",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(dir.resolve("date=2024-01-01/part-0.parquet"))));
    }
  }

  @Test
  void everyModeBitMapsToItsPosixPermission() {
    assertEquals(
        "rwxr-x-w-", PosixFilePermissions.toString(NioLocalFileSystem.Raw.posix((short) 0752)));
    assertEquals(
        "---------", PosixFilePermissions.toString(NioLocalFileSystem.Raw.posix((short) 0)));
    assertEquals(
        "rwxrwxrwx", PosixFilePermissions.toString(NioLocalFileSystem.Raw.posix((short) 0777)));
  }
}
