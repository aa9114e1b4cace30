package io.newsgraph.pipeline;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (S3A credentials, HDFS name nodes) carried to the tasks that read
 * input.
 */
final class HadoopConf implements Serializable {

  private final HashMap<String, String> entries = new HashMap<>();

  HadoopConf(Configuration conf) {
    for (Map.Entry<String, String> e : conf) {
      entries.put(e.getKey(), e.getValue());
    }
  }

  Configuration toConfiguration() {
    Configuration c = new Configuration(false);
    entries.forEach(c::set);
    return c;
  }
}
