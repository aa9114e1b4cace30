package io.newsgraph.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.pipeline.RunManifest;
import io.newsgraph.testing.SparkTestSession;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * HDFS as input and warehouse: an in-process MiniDFSCluster (hadoop-client-minicluster, the Hadoop
 * version Spark is built with) on 127.0.0.1. The sample corpus is copied to hdfs://, the job runs
 * in a local[2] session and its tables must equal a run on local files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HdfsIT {

  @TempDir static Path tmp;

  private MiniDFSCluster dfs;
  private SparkSession spark;

  @BeforeAll
  void start() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("dfs").toString());
    conf.set("dfs.namenode.rpc-address", "127.0.0.1:0");
    dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    dfs.waitActive();
    spark = SparkTestSession.start();
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
    if (dfs != null) {
      dfs.shutdown(true);
    }
  }

  @Test
  void jobOnHdfsWritesTheSameTablesAsALocalRun() throws Exception {
    Path local = ClusterTools.copySample(tmp.resolve("local"));
    String root = "hdfs://127.0.0.1:" + dfs.getNameNodePort();
    org.apache.hadoop.fs.Path hdfsInput = new org.apache.hadoop.fs.Path(root + "/news/ngin/sample");
    FileSystem fs = hdfsInput.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.mkdirs(hdfsInput.getParent());
    fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), hdfsInput);
    assertTrue(fs.exists(new org.apache.hadoop.fs.Path(hdfsInput, "wire-2024-03.jsonl")));

    String hdfsWh = root + "/warehouse";
    RunManifest m = TableComparison.runJob(spark, hdfsInput.toString(), hdfsWh);
    assertTrue(m.totals().balanced());
    assertTrue(
        m.inputs().stream().allMatch(f -> f.path().startsWith("hdfs://")), m.inputs().toString());
    assertTrue(fs.exists(new org.apache.hadoop.fs.Path(hdfsWh + "/_runs/" + m.runId() + ".json")));
    assertFalse(fs.exists(new org.apache.hadoop.fs.Path(hdfsWh + "/_staging/" + m.runId())));

    Path localWh = tmp.resolve("wh-local");
    RunManifest ref = TableComparison.runJob(spark, local.toString(), localWh.toString());
    assertEquals(ref.rowsWritten(), m.rowsWritten());
    long rows = TableComparison.assertSameTables(spark, localWh.toUri().toString(), hdfsWh);
    System.out.println("hdfs: " + rows + " rows equal to the local run");
  }
}
