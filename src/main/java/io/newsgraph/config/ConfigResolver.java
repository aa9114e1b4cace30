package io.newsgraph.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Resolves every job setting in one typed place: command-line flag &gt; config file &gt; default.
 * The config file is a Java properties file whose keys are the long flag names without dashes (e.g.
 * {@code warehouse=/data/newsgraph}, {@code max-reject-rate=0.02}, {@code input=a.jsonl,b/}).
 */
public final class ConfigResolver {

  /** Raw values as the CLI saw them; null means "not given". */
  public record Flags(
      List<String> inputs,
      String warehouse,
      String date,
      String actors,
      String master,
      Double maxRejectRate,
      Integer minPairArticles,
      Long splitBytes,
      String configFile,
      boolean inputRequired,
      Boolean countAttributions) {

    public Flags(
        List<String> inputs,
        String warehouse,
        String date,
        String actors,
        String master,
        Double maxRejectRate,
        Integer minPairArticles,
        Long splitBytes,
        String configFile,
        boolean inputRequired) {
      this(
          inputs,
          warehouse,
          date,
          actors,
          master,
          maxRejectRate,
          minPairArticles,
          splitBytes,
          configFile,
          inputRequired,
          null);
    }
  }

  public static final List<String> KEYS =
      List.of(
          "input",
          "warehouse",
          "date",
          "actors",
          "master",
          "max-reject-rate",
          "min-pair-articles",
          "split-bytes",
          "count-attributions");

  private final Map<String, String> file;

  private ConfigResolver(Map<String, String> file) {
    this.file = file;
  }

  public static JobConfig resolve(Flags flags) {
    return new ConfigResolver(readFile(flags.configFile())).build(flags);
  }

  private JobConfig build(Flags f) {
    List<String> inputs =
        f.inputs() != null && !f.inputs().isEmpty() ? f.inputs() : split(file.get("input"));
    if (inputs.isEmpty() && f.inputRequired()) {
      throw new ConfigException(
          "no input given: pass --input PATH (files or folders), or input= in the config file");
    }
    String warehouse = pick(f.warehouse(), "warehouse", JobConfig.DEFAULT_WAREHOUSE);
    LocalDate runDate = parseDate(pick(f.date(), "date", null));
    String actors = pick(f.actors(), "actors", null);
    String master = pick(f.master(), "master", null);
    double maxRejectRate =
        f.maxRejectRate() != null
            ? f.maxRejectRate()
            : parseDouble(
                "max-reject-rate", file.get("max-reject-rate"), JobConfig.DEFAULT_MAX_REJECT_RATE);
    int minPair =
        f.minPairArticles() != null
            ? f.minPairArticles()
            : (int)
                parseLong(
                    "min-pair-articles",
                    file.get("min-pair-articles"),
                    JobConfig.DEFAULT_MIN_PAIR_ARTICLES);
    long splitBytes =
        f.splitBytes() != null
            ? f.splitBytes()
            : parseLong("split-bytes", file.get("split-bytes"), JobConfig.DEFAULT_SPLIT_BYTES);
    boolean countAttributions =
        f.countAttributions() != null
            ? f.countAttributions()
            : parseBoolean("count-attributions", file.get("count-attributions"));
    try {
      return new JobConfig(
          inputs,
          warehouse,
          runDate,
          actors,
          master,
          maxRejectRate,
          minPair,
          splitBytes,
          JobConfig.DEFAULT_RAW_MAX_CHARS,
          newRunId(),
          countAttributions);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /** Sortable and unique: a scheduler can list _runs/ and read them in order. */
  static String newRunId() {
    String ts =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .format(java.time.ZonedDateTime.now(ZoneOffset.UTC));
    return ts + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private String pick(String flag, String key, String dflt) {
    if (flag != null && !flag.isBlank()) {
      return flag;
    }
    String v = file.get(key);
    return v != null && !v.isBlank() ? v.trim() : dflt;
  }

  public static LocalDate parseDate(String s) {
    if (s == null) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new ConfigException("--date must be YYYY-MM-DD, got '" + s + "'");
    }
  }

  private static double parseDouble(String key, String v, double dflt) {
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a number, got '" + v + "'");
    }
  }

  private static boolean parseBoolean(String key, String v) {
    if (v == null || v.isBlank()) {
      return false;
    }
    String t = v.trim();
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(t);
    }
    throw new ConfigException(key + " must be true or false, got '" + v + "'");
  }

  private static long parseLong(String key, String v, long dflt) {
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number, got '" + v + "'");
    }
  }

  private static List<String> split(String v) {
    List<String> out = new ArrayList<>();
    if (v != null) {
      Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }

  private static Map<String, String> readFile(String path) {
    if (path == null) {
      return Map.of();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + path + ": " + e.getMessage());
    }
    for (String k : p.stringPropertyNames()) {
      if (!KEYS.contains(k)) {
        throw new ConfigException(
            "config file " + path + ": unknown key '" + k + "' (known: " + KEYS + ")");
      }
    }
    Map<String, String> m = new java.util.HashMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }
}
