package io.newsgraph.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.cluster.ClusterTools.Daemon;
import io.newsgraph.pipeline.RunManifest;
import io.newsgraph.testing.SparkTestSession;
import io.newsgraph.testing.TestPaths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * S3 as input and warehouse through s3a:// (hadoop-aws, the Hadoop version Spark is built with, and
 * its AWS SDK v2 bundle) against moto's S3-compatible server from PyPI on 127.0.0.1. The job runs
 * in a local[2] session and its tables must equal a run on local files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3IT {

  private static final String BUCKET = "newsgraph-it";

  @TempDir static Path tmp;

  private final List<Daemon> daemons = new ArrayList<>();
  private SparkSession spark;
  private int port;

  @BeforeAll
  void start() throws Exception {
    Path motoServer = ClusterTools.venvScript("moto_server");
    port = ClusterTools.freePort();
    daemons.add(
        Daemon.start(
            "moto",
            List.of(motoServer.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port)),
            Map.of(),
            TestPaths.repoRoot().resolve("target/cluster-it/s3")));
    ClusterTools.await(
        "moto_server", Duration.ofSeconds(60), daemons, () -> ClusterTools.listening(port));
    // Create the bucket (moto takes unsigned requests).
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + BUCKET))
                    .PUT(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());

    spark = SparkTestSession.start();
    s3a(spark.sparkContext().hadoopConfiguration(), port);
  }

  /** What a user sets as spark.hadoop.fs.s3a.* for an S3-compatible store on plain HTTP. */
  static void s3a(Configuration c, int port) {
    c.set("fs.s3a.endpoint", "http://127.0.0.1:" + port);
    c.set("fs.s3a.endpoint.region", "us-east-1");
    c.set("fs.s3a.path.style.access", "true");
    c.set("fs.s3a.connection.ssl.enabled", "false");
    c.set(
        "fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    c.set("fs.s3a.access.key", "testing");
    c.set("fs.s3a.secret.key", "testing");
    c.set("fs.s3a.attempts.maximum", "3");
    c.set("fs.s3a.retry.limit", "3");
    // Only for the test's upload of the input: copyFromLocalFile's optimized path uses the SDK's
    // async client,
    // which sends Expect: 100-continue and takes moto's "100 Continue" for the answer. The job
    // never uses it.
    c.set("fs.s3a.optimized.copy.from.local.enabled", "false");
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (spark != null) {
        spark.stop();
      }
    } finally {
      daemons.forEach(Daemon::close);
    }
  }

  private Path localWarehouse;
  private org.apache.hadoop.fs.Path s3Input;

  /** The input on S3 and the reference run on local files, once for both tests. */
  private synchronized void prepare() throws Exception {
    if (localWarehouse != null) {
      return;
    }
    Path local = ClusterTools.copySample(tmp.resolve("local"));
    s3Input = new org.apache.hadoop.fs.Path("s3a://" + BUCKET + "/news/ngin/sample");
    FileSystem fs = s3Input.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), s3Input);
    assertTrue(fs.exists(new org.apache.hadoop.fs.Path(s3Input, "wire-2024-03.jsonl")));
    localWarehouse = tmp.resolve("wh-local");
    TableComparison.runJob(spark, local.toString(), localWarehouse.toString());
  }

  @Test
  void jobOnS3WritesTheSameTablesAsALocalRun() throws Exception {
    prepare();
    runOnS3AndCompare("s3a://" + BUCKET + "/warehouse");
  }

  /**
   * The same with the S3A magic committer, configured as the README says (spark-hadoop-cloud's
   * classes).
   */
  @Test
  void magicCommitterWritesTheSameTables() throws Exception {
    prepare();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    hadoop.set("fs.s3a.committer.name", "magic");
    spark
        .conf()
        .set(
            "spark.sql.sources.commitProtocolClass",
            "org.apache.spark.internal.io.cloud.PathOutputCommitProtocol");
    spark
        .conf()
        .set(
            "spark.sql.parquet.output.committer.class",
            "org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter");
    try {
      runOnS3AndCompare("s3a://" + BUCKET + "/warehouse-magic");
    } finally {
      hadoop.unset("fs.s3a.committer.name");
      spark.conf().unset("spark.sql.sources.commitProtocolClass");
      spark.conf().unset("spark.sql.parquet.output.committer.class");
    }
    // The magic committer wrote through __magic paths (uploads completed at job commit, no rename).
    String log = java.nio.file.Files.readString(daemons.get(0).log);
    assertTrue(
        log.contains("/warehouse-magic/_staging/") && log.contains("/__magic"),
        "no __magic paths under warehouse-magic in the moto log");
  }

  private void runOnS3AndCompare(String s3Wh) throws Exception {
    FileSystem fs = s3Input.getFileSystem(spark.sparkContext().hadoopConfiguration());
    long t0 = System.nanoTime();
    RunManifest m = TableComparison.runJob(spark, s3Input.toString(), s3Wh);
    System.out.printf("s3 run into %s: %.1f s%n", s3Wh, (System.nanoTime() - t0) / 1e9);
    assertTrue(m.totals().balanced());
    assertTrue(
        m.inputs().stream().allMatch(f -> f.path().startsWith("s3a://")), m.inputs().toString());
    assertTrue(fs.exists(new org.apache.hadoop.fs.Path(s3Wh + "/_runs/" + m.runId() + ".json")));
    assertFalse(fs.exists(new org.apache.hadoop.fs.Path(s3Wh + "/_staging/" + m.runId())));
    long rows = TableComparison.assertSameTables(spark, localWarehouse.toUri().toString(), s3Wh);
    System.out.println("s3 (" + s3Wh + "): " + rows + " rows equal to the local run");
  }
}
