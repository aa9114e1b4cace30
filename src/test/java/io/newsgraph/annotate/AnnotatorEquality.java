package io.newsgraph.annotate;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Proves that two builds of the main classes annotate alike: every article of every JSONL file
 * under the corpora directory (default ../shared/corpora) is annotated by both, each in its own
 * class loader, and the renderings of {@link AnnotationRender} (mentions, sentence tone, article
 * tone, tone counts, discoveries) must be equal. Exit code 1 on any difference.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.newsgraph.annotate.AnnotatorEquality \
 *     CLASSES_A CLASSES_B [corpora-dir]</pre>
 */
public final class AnnotatorEquality {
  private AnnotatorEquality() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    Path dir = args.length > 2 ? Path.of(args[2]) : BenchArticles.CORPORA;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    Function<String, List<String>>[] builds = new Function[2];
    for (int v = 0; v < 2; v++) {
      builds[v] =
          (Function<String, List<String>>)
              loader(args[v])
                  .loadClass(AnnotationRender.class.getName())
                  .getConstructor()
                  .newInstance();
    }
    long articles = 0;
    long differing = 0;
    for (Path f : files) {
      List<String> a = builds[0].apply(f.toString());
      List<String> b = builds[1].apply(f.toString());
      if (a.size() != b.size()) {
        throw new IllegalStateException(f + ": " + a.size() + " vs " + b.size() + " articles");
      }
      long diff = 0;
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          if (diff++ < 3) {
            System.out.printf(
                "%s line %d differs:%n  A %s%n  B %s%n",
                f.getFileName(), i + 1, a.get(i), b.get(i));
          }
        }
      }
      System.out.printf("%-36s %6d articles, %d differ%n", f.getFileName(), a.size(), diff);
      articles += a.size();
      differing += diff;
    }
    System.out.printf(
        "total %d articles in %d files, %d differ%n", articles, files.size(), differing);
    System.exit(differing == 0 ? 0 : 1);
  }

  private static ClassLoader loader(String classes) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of("target/test-classes").toUri().toURL());
    urls.add(Path.of(classes).toUri().toURL());
    for (String e : System.getProperty("java.class.path").split(":")) {
      if (e.endsWith(".jar")) {
        urls.add(Path.of(e).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }
}
