package io.newsgraph.annotate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A/B throughput of the whole annotator for two builds of the main classes in one JVM, passes
 * interleaved (A, B, A, B ...) so both see the same load on a shared machine; reports the best and
 * median thread-CPU MB/s of each. Each build is loaded by its own class loader (test classes + that
 * build's classes + the test classpath).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.newsgraph.annotate.AnnotatorAb \
 *     CLASSES_A CLASSES_B [passes]</pre>
 */
public final class AnnotatorAb {
  private AnnotatorAb() {}

  public static void main(String[] args) throws Exception {
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    String[] cp = System.getProperty("java.class.path").split(":");
    List<LongSupplier> runs = new ArrayList<>();
    long bytes = 0;
    for (int v = 0; v < 2; v++) {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of("target/test-classes").toUri().toURL());
      urls.add(Path.of(args[v]).toUri().toURL());
      for (String e : cp) {
        if (e.endsWith(".jar")) {
          urls.add(Path.of(e).toUri().toURL());
        }
      }
      ClassLoader cl =
          new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Object p = cl.loadClass(AnnotatorPass.class.getName()).getConstructor().newInstance();
      bytes = p.getClass().getField("bytes").getLong(p);
      runs.add((LongSupplier) p);
    }
    double[][] mbs = new double[2][passes];
    for (int w = 0; w < 3; w++) {
      runs.get(0).getAsLong();
      runs.get(1).getAsLong();
    }
    for (int i = 0; i < passes; i++) {
      for (int v = 0; v < 2; v++) {
        long c = cpu.getCurrentThreadCpuTime();
        runs.get(v).getAsLong();
        mbs[v][i] = bytes * 1e3 / (cpu.getCurrentThreadCpuTime() - c);
      }
    }
    for (int v = 0; v < 2; v++) {
      double[] m = mbs[v].clone();
      java.util.Arrays.sort(m);
      System.out.printf(
          Locale.ROOT,
          "%s %-40s thread CPU MB/s: best %.1f, median %.1f (%d passes)%n",
          v == 0 ? "A" : "B",
          args[v],
          m[m.length - 1],
          m[m.length / 2],
          passes);
    }
  }
}
