package io.newsgraph.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.fs.Path;

/** Writes the run manifest as JSON with snake_case keys, via a temporary file and a rename. */
final class ManifestWriter {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestWriter() {}

  static Path write(Warehouse wh, RunManifest m) throws IOException {
    Path dir = wh.runs();
    wh.fs().mkdirs(dir);
    Path tmp = new Path(dir, "." + m.runId() + ".json.tmp");
    Path dst = new Path(dir, m.runId() + ".json");
    try (OutputStream out = wh.fs().create(tmp, true)) {
      JSON.writeValue(out, m);
    }
    wh.fs().delete(dst, false);
    if (!wh.fs().rename(tmp, dst)) {
      throw new IOException("cannot write " + dst);
    }
    return dst;
  }

  static String toJson(Object o) throws IOException {
    return JSON.writeValueAsString(o);
  }
}
