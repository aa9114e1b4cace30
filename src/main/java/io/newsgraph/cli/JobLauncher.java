package io.newsgraph.cli;

import io.newsgraph.config.JobConfig;
import io.newsgraph.pipeline.NewsgraphJob;
import io.newsgraph.pipeline.RunManifest;
import io.newsgraph.pipeline.SparkSessions;
import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/** Starts Spark, runs one job, prints the summary and turns the outcome into an exit code. */
final class JobLauncher {

  interface JobBody {
    RunManifest run(NewsgraphJob job) throws Exception;
  }

  private JobLauncher() {}

  static int launch(CommandLine cmd, String command, JobConfig config, JobBody body)
      throws Exception {
    long t0 = System.nanoTime();
    SparkSession spark = SparkSessions.create(config);
    RunManifest m;
    try {
      m = body.run(new NewsgraphJob(spark, config));
    } finally {
      if (config.embedded()) {
        spark.stop();
      }
    }
    PrintWriter out = cmd.getOut();
    new RunSummary(command, m, (System.nanoTime() - t0) / 1_000_000).print(out);
    out.flush();
    RunManifest.Counts c = m.totals();
    double rate = c.recordsIn() == 0 ? 0 : (double) c.rejects() / c.recordsIn();
    if (rate > config.maxRejectRate()) {
      cmd.getErr()
          .printf(
              "newsgraph: %d of %d records rejected (%.2f%%), over --max-reject-rate %.2f%%%n",
              c.rejects(), c.recordsIn(), 100 * rate, 100 * config.maxRejectRate());
      return NewsgraphCli.EXIT_REJECTS;
    }
    return NewsgraphCli.EXIT_OK;
  }
}
