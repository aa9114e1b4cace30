package io.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and git commit the running code was built from, so a summary or manifest says which
 * code wrote a warehouse. The commit is embedded at build time (git-commit-id-maven-plugin writes
 * io/newsgraph/git.properties); outside a git checkout, or from a build without it, both read
 * "unknown".
 */
public record BuildInfo(String version, String commit) {

  private static final BuildInfo CURRENT = load();

  public static BuildInfo current() {
    return CURRENT;
  }

  private static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/io/newsgraph/git.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no build information: reported as unknown
    }
    String version = p.getProperty("git.build.version", "");
    if (version.isBlank() || version.startsWith("${")) {
      String v = BuildInfo.class.getPackage().getImplementationVersion();
      version = v == null ? "unknown" : v;
    }
    String commit = p.getProperty("git.commit.id.abbrev", "");
    if (commit.isBlank() || commit.startsWith("${")) {
      commit = "unknown";
    } else if ("true".equals(p.getProperty("git.dirty"))) {
      commit += "-dirty";
    }
    return new BuildInfo(version, commit);
  }

  /** "0.1.0 (commit 1a2b3c4)". */
  public String describe() {
    return version + " (commit " + commit + ")";
  }
}
