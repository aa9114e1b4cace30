package io.newsgraph.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository and the shared corpora are, seen from a test. */
public final class TestPaths {

  private TestPaths() {}

  public static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("pom.xml"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("not inside the repository");
    }
    return p;
  }

  /** Copies a folder tree (files replaced if present). */
  public static void copyTree(Path from, Path to) throws java.io.IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path d = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(d);
        } else {
          Files.copy(p, d, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  public static Path sampleCorpus() {
    return repoRoot().resolve("src/sample/corpus");
  }

  /** ../shared/corpora beside the checkout, when it is there (development machines and CI). */
  public static Optional<Path> sharedCorpora() {
    String env = System.getenv("NEWSGRAPH_CORPORA");
    Path p = env != null ? Path.of(env) : repoRoot().resolve("../shared/corpora").normalize();
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
