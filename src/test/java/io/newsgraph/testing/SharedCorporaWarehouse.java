package io.newsgraph.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * One job run over every ../shared/corpora/*.jsonl file, made once per test JVM and read by every
 * test class that needs it (the run takes minutes; doing it once per class would double CI time).
 * The folder is deleted at exit.
 */
public final class SharedCorporaWarehouse {

  public static final LocalDate RUN_DATE = LocalDate.of(2024, 6, 30);

  public record Built(
      Path warehouse, List<Path> inputs, io.newsgraph.pipeline.RunManifest manifest) {}

  private static Built built;

  private SharedCorporaWarehouse() {}

  /** Empty when ../shared/corpora is absent. */
  public static synchronized Optional<Built> get(SparkSession spark) throws Exception {
    Optional<Path> corpora = TestPaths.sharedCorpora();
    if (corpora.isEmpty()) {
      return Optional.empty();
    }
    if (built == null) {
      List<Path> files;
      try (Stream<Path> s = Files.list(corpora.get())) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
      }
      Path dir = Files.createTempDirectory("newsgraph-corpora-wh");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      Path wh = dir.resolve("wh");
      built = new Built(wh, files, JobRunner.run(spark, wh, RUN_DATE, files.toArray(Path[]::new)));
    }
    return Optional.of(built);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temp folder: the OS cleans it eventually
    }
  }
}
