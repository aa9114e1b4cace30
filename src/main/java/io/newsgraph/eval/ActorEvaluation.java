package io.newsgraph.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsgraph.actors.Actor;
import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorMatcher;
import io.newsgraph.actors.ActorType;
import io.newsgraph.actors.Discovery;
import io.newsgraph.actors.Mention;
import io.newsgraph.annotate.Annotation;
import io.newsgraph.annotate.ArticleAnnotator;
import io.newsgraph.annotate.Document;
import io.newsgraph.eval.TagMapping.Kind;
import io.newsgraph.ner.NerModel;
import io.newsgraph.sentiment.VaderScorer;
import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures the actor annotator against an indexed corpus (Reuters-21578 in the corpus JSONL schema
 * with a {@code tags} object of {@code places}, {@code people} and {@code orgs} codes). No Spark.
 *
 * <p>Each article is annotated exactly as the job does it ({@link ArticleAnnotator} over {@link
 * Document#of(String, String)}); the figures are per article:
 *
 * <ul>
 *   <li><b>recall per tag kind</b>: of the (article, tag) pairs whose tag maps to actors we model,
 *       the share where the article has a mention (any kind: alias, demonym, metonym, coreference)
 *       of one of the mapped actors. PLACES count only tags that map to a country (or territory) of
 *       the dictionary. Unmapped tags are left out and counted.
 *   <li><b>top-country precision</b>: of the articles that mention a country and carry at least one
 *       mapped PLACES tag, the share whose most-mentioned country (ties: the one named first) is
 *       among those tags.
 *   <li><b>discovered actors</b>: confident discoveries (the ones the annotator keeps), by number
 *       of articles.
 *   <li><b>throughput</b>: split + tokenise + match (and the whole annotator) over the corpus,
 *       single thread, best of {@code rounds}; MB = 10^6 characters of document text.
 * </ul>
 */
public final class ActorEvaluation {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** A tag and how many articles it was counted in. */
  public record TagCount(String tag, int articles) {}

  /**
   * Recall figures of one tag kind. {@code tags}: (article, tag) pairs in total; {@code found}:
   * mapped pairs whose actor is mentioned (for PLACES: the country, or an actor of that country);
   * {@code named}: the tag's actor itself is mentioned (for PLACES: the country by name, demonym or
   * capital, not through its actors).
   */
  public record KindFigures(
      String kind,
      int tags,
      int mapped,
      int found,
      int named,
      List<TagCount> missed,
      List<TagCount> unmapped) {
    public double namedRecall() {
      return mapped == 0 ? Double.NaN : (double) named / mapped;
    }

    public int unmappedCount() {
      return tags - mapped;
    }

    public double recall() {
      return mapped == 0 ? Double.NaN : (double) found / mapped;
    }
  }

  /** A discovered actor with the articles and mentions it has. */
  public record DiscoveredCount(String id, String name, String type, int articles, int mentions) {}

  /**
   * One (article, tag) pair that was mapped but not found; or, with kind {@code top_country}, an
   * article whose most-mentioned country (the tag field) is not among its PLACES tags.
   */
  public record Miss(String articleId, String kind, String tag) {}

  /** Everything the evaluation measured. */
  public record Result(
      String input,
      int articles,
      int emptyArticles,
      int dictionaryActors,
      KindFigures places,
      KindFigures people,
      KindFigures orgs,
      int topCountryArticles,
      int topCountryHits,
      int countryArticlesWithoutTags,
      List<DiscoveredCount> discovered,
      long chars,
      double matchMbPerSec,
      double discoveryMbPerSec,
      double seconds,
      List<Miss> misses,
      List<String> missingActors) {
    public double topCountryPrecision() {
      return topCountryArticles == 0 ? Double.NaN : (double) topCountryHits / topCountryArticles;
    }
  }

  /** One input record: what the evaluation needs of it. */
  record Article(String id, String title, String text, Map<Kind, List<String>> tags) {}

  private final ActorDictionary dict;
  private final TagMapping mapping;
  private final List<String> missingActors;
  private int rounds = 3;
  private int topMissed = 20;
  private int topDiscovered = 50;

  public ActorEvaluation(ActorDictionary dict, TagMapping mapping) {
    this.missingActors = mapping.missingIn(dict);
    this.dict = dict;
    this.mapping = mapping;
  }

  /** Throughput rounds (0 skips the benchmark). */
  public ActorEvaluation rounds(int n) {
    this.rounds = n;
    return this;
  }

  public ActorEvaluation topDiscovered(int n) {
    this.topDiscovered = n;
    return this;
  }

  public Result run(Path jsonl) {
    long t0 = System.nanoTime();
    List<Article> articles = read(jsonl);
    ActorMatcher matcher = new ActorMatcher(dict);
    ArticleAnnotator annotator =
        new ArticleAnnotator(
            matcher,
            NerModel.loadDefault(),
            VaderScorer.loadDefault(),
            io.newsgraph.actors.AttributionDetector.of(dict));
    Map<Kind, Counter> counters = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      counters.put(k, new Counter());
    }
    int tcArticles = 0;
    int tcHits = 0;
    int countryNoTags = 0;
    Map<String, int[]> discArticles = new HashMap<>(); // id -> {articles, mentions}
    Map<String, Map<String, Integer>> discNames = new HashMap<>();
    Map<String, ActorType> discTypes = new HashMap<>();
    List<Miss> misses = new ArrayList<>();
    List<String> docs = new ArrayList<>(articles.size());
    long chars = 0;
    int empty = 0;
    for (Article a : articles) {
      String doc = Document.of(a.title(), a.text());
      if (doc.isEmpty()) { // neither title nor text: the job rejects these (no_content); nothing to
        // find
        empty++;
        continue;
      }
      docs.add(doc);
      chars += doc.length();
      Annotation ann = annotator.annotate(a.title(), a.text());
      Set<String> mentioned = new HashSet<>();
      Map<String, Integer> countryCount = new HashMap<>();
      Map<String, Integer> countryFirst = new HashMap<>();
      Set<String> countriesOf =
          new HashSet<>(); // countries of the actors mentioned (Bundesbank -> FRG)
      for (Mention m : ann.mentions()) {
        mentioned.add(m.actorId());
        Actor actor = dict.get(m.actorId());
        if (actor != null && !actor.country().isEmpty()) {
          countriesOf.add(actor.country());
        }
        if (actor != null && actor.type() == ActorType.COUNTRY) {
          countryCount.merge(m.actorId(), 1, Integer::sum);
          countryFirst.putIfAbsent(m.actorId(), m.charStart());
        }
      }
      // a discovered actor is credited by its name: its slug is the tag's actor id
      // ("x:ronald-reagan"), or a
      // person's last name is the tag itself ("reagan")
      Set<String> discoveredNames = new HashSet<>();
      for (Discovery d : ann.discovered()) {
        String slug = d.mention().actorId().substring(2);
        discoveredNames.add(slug);
        if (d.type() == ActorType.PERSON) {
          discoveredNames.add(slug.substring(slug.lastIndexOf('-') + 1));
        } else {
          discoveredNames.add(slug.replace("-", ""));
        }
      }
      Set<String> seenDisc = new HashSet<>();
      for (Discovery d : ann.discovered()) {
        String id = d.mention().actorId();
        int[] c = discArticles.computeIfAbsent(id, x -> new int[2]);
        c[1]++;
        if (seenDisc.add(id)) {
          c[0]++;
        }
        discNames.computeIfAbsent(id, x -> new HashMap<>()).merge(d.name(), 1, Integer::sum);
        discTypes.putIfAbsent(id, d.type());
      }
      Set<String> placeIds = new LinkedHashSet<>();
      for (Kind k : Kind.values()) {
        Counter c = counters.get(k);
        for (String tag : a.tags().getOrDefault(k, List.of())) {
          c.tags++;
          List<String> ids = mappedIds(k, tag);
          if (ids.isEmpty()) {
            c.unmapped.merge(tag, 1, Integer::sum);
            continue;
          }
          c.mapped++;
          if (k == Kind.PLACES) {
            placeIds.addAll(ids);
          }
          boolean hit = false;
          boolean named = false;
          for (String id : ids) {
            named |= mentioned.contains(id);
            hit |= mentioned.contains(id) || k == Kind.PLACES && countriesOf.contains(id);
          }
          if (!hit
              && k != Kind.PLACES
              && (discoveredNames.contains(tag)
                  || ids.stream().anyMatch(discoveredNames::contains))) {
            hit = true;
            named = true;
          }
          if (named) {
            c.named++;
          }
          if (hit) {
            c.found++;
          } else {
            c.missed.merge(tag, 1, Integer::sum);
            misses.add(new Miss(a.id(), k.field(), tag));
          }
        }
      }
      if (!countryCount.isEmpty()) {
        if (placeIds.isEmpty()) {
          countryNoTags++;
        } else {
          String top = null;
          for (Map.Entry<String, Integer> e : countryCount.entrySet()) {
            if (top == null
                || e.getValue() > countryCount.get(top)
                || e.getValue().equals(countryCount.get(top))
                    && countryFirst.get(e.getKey()) < countryFirst.get(top)) {
              top = e.getKey();
            }
          }
          tcArticles++;
          if (placeIds.contains(top)) {
            tcHits++;
          } else {
            misses.add(new Miss(a.id(), "top_country", top));
          }
        }
      }
    }
    List<DiscoveredCount> disc = new ArrayList<>();
    for (Map.Entry<String, int[]> e : discArticles.entrySet()) {
      String name =
          discNames.get(e.getKey()).entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
              .map(Map.Entry::getKey)
              .orElse(e.getKey());
      disc.add(
          new DiscoveredCount(
              e.getKey(),
              name,
              discTypes.get(e.getKey()).name().toLowerCase(),
              e.getValue()[0],
              e.getValue()[1]));
    }
    disc.sort(
        Comparator.comparingInt(DiscoveredCount::articles)
            .reversed()
            .thenComparing(Comparator.comparingInt(DiscoveredCount::mentions).reversed())
            .thenComparing(DiscoveredCount::id));
    double[] mbs =
        rounds > 0
            ? benchmark(matcher, annotator, docs, chars, rounds)
            : new double[] {Double.NaN, Double.NaN};
    return new Result(
        jsonl.toString(),
        articles.size() - empty,
        empty,
        dict.size(),
        counters.get(Kind.PLACES).figures(Kind.PLACES, topMissed),
        counters.get(Kind.PEOPLE).figures(Kind.PEOPLE, topMissed),
        counters.get(Kind.ORGS).figures(Kind.ORGS, topMissed),
        tcArticles,
        tcHits,
        countryNoTags,
        List.copyOf(disc.subList(0, Math.min(topDiscovered, disc.size()))),
        chars,
        mbs[0],
        mbs[1],
        (System.nanoTime() - t0) / 1e9,
        List.copyOf(misses),
        missingActors);
  }

  /**
   * The ids a tag counts as found by; PLACES tags only when they map to a country of the
   * dictionary.
   */
  private List<String> mappedIds(Kind k, String tag) {
    List<String> ids = mapping.actorIds(k, tag);
    if (k != Kind.PLACES) {
      return ids;
    }
    for (String id : ids) {
      Actor a = dict.get(id);
      if (a != null && a.type() != ActorType.COUNTRY) {
        return List.of();
      }
    }
    return ids;
  }

  /**
   * Best MB/s of split + match, and of the whole annotator (tagger, matcher, VADER, GDELT tone),
   * single thread, per second of this thread's CPU time: on a shared machine wall time measures the
   * neighbours, CPU time the code.
   */
  static double[] benchmark(
      ActorMatcher matcher, ArticleAnnotator annotator, List<String> docs, long chars, int rounds) {
    IntList sentences = new IntList(1024);
    SentenceSplitter splitter = SentenceSplitter.INSTANCE;
    double best = 0;
    double bestD = 0;
    long sink = 0;
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long s = cpu.getCurrentThreadCpuTime();
      for (String d : docs) {
        sentences.clear();
        splitter.split(d, sentences);
        sink += matcher.match(d, sentences).size();
      }
      best = Math.max(best, chars / 1e6 / ((cpu.getCurrentThreadCpuTime() - s) / 1e9));
      s = cpu.getCurrentThreadCpuTime();
      for (String d : docs) {
        sink += annotator.annotate(null, d).mentions().size();
      }
      bestD = Math.max(bestD, chars / 1e6 / ((cpu.getCurrentThreadCpuTime() - s) / 1e9));
    }
    if (sink == 42) {
      System.out.print("");
    }
    return new double[] {best, bestD};
  }

  private static final class Counter {
    int tags;
    int mapped;
    int found;
    int named;
    final Map<String, Integer> missed = new HashMap<>();
    final Map<String, Integer> unmapped = new HashMap<>();

    KindFigures figures(Kind k, int top) {
      return new KindFigures(
          k.field(),
          tags,
          mapped,
          found,
          named,
          sorted(missed, top),
          sorted(unmapped, Integer.MAX_VALUE));
    }

    private static List<TagCount> sorted(Map<String, Integer> m, int top) {
      return m.entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(top)
          .map(e -> new TagCount(e.getKey(), e.getValue()))
          .toList();
    }
  }

  // ------------------------------------------------------------------------------------------------ input

  /**
   * Reads the corpus JSONL: id, title, text and the tags object; other fields skipped, blank lines
   * ignored.
   */
  static List<Article> read(Path jsonl) {
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          try {
            out.add(parse(line, n));
          } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(jsonl + " line " + n + ": " + e.getMessage(), e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
    return out;
  }

  static Article parse(String line, int lineNo) throws IOException {
    String id = null;
    String title = null;
    String text = null;
    Map<Kind, List<String>> tags = new EnumMap<>(Kind.class);
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "id" -> id = v == JsonToken.VALUE_NULL ? null : p.getValueAsString();
          case "title" -> title = v == JsonToken.VALUE_NULL ? null : p.getValueAsString();
          case "text" -> text = v == JsonToken.VALUE_NULL ? null : p.getValueAsString();
          case "tags" -> {
            if (v == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                Kind k = Kind.of(p.currentName());
                JsonToken tv = p.nextToken();
                if (k != null && tv == JsonToken.START_ARRAY) {
                  Set<String> vals = new LinkedHashSet<>();
                  while (p.nextToken() != JsonToken.END_ARRAY) {
                    vals.add(p.getValueAsString());
                  }
                  tags.put(k, List.copyOf(vals));
                } else {
                  p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
    }
    return new Article(id == null ? "line-" + lineNo : id, title, text, tags);
  }

  // ------------------------------------------------------------------------------------------------ output

  /** The human-readable report. */
  public static void printReport(Result r, PrintWriter out) {
    out.printf("newsgraph actor evaluation: %s%n", r.input());
    out.printf(
        "  %d articles (%d without title or text left out), %.2f M chars, dictionary %d actors, %.1f s%n%n",
        r.articles(), r.emptyArticles(), r.chars() / 1e6, r.dictionaryActors(), r.seconds());
    if (!r.missingActors().isEmpty()) {
      out.printf(
          "WARNING: the tag mapping names %d actors the dictionary lacks (their tags count as missed): %s%n%n",
          r.missingActors().size(), String.join(", ", r.missingActors()));
    }
    out.printf(
        "%-8s %8s %8s %8s %8s %8s %8s %8s%n",
        "tags", "all", "unmapped", "mapped", "found", "recall", "named", "recall");
    for (KindFigures k : List.of(r.places(), r.people(), r.orgs())) {
      out.printf(
          "%-8s %8d %8d %8d %8d %8.4f %8d %8.4f%n",
          k.kind(),
          k.tags(),
          k.unmappedCount(),
          k.mapped(),
          k.found(),
          k.recall(),
          k.named(),
          k.namedRecall());
    }
    out.printf(
        "(found: the tag's actor is mentioned; for places also through an actor of the country, e.g. the"
            + " Bundesbank or Chicago for West Germany or the US. named: the country itself by name, demonym or"
            + " capital.)%n");
    out.printf(
        "%ntop country among the PLACES tags: %d of %d articles = %.4f"
            + " (%d more articles name a country but carry no mapped PLACES tag)%n",
        r.topCountryHits(),
        r.topCountryArticles(),
        r.topCountryPrecision(),
        r.countryArticlesWithoutTags());
    for (KindFigures k : List.of(r.places(), r.people(), r.orgs())) {
      out.printf("%nmissed %s tags (top %d): %s%n", k.kind(), k.missed().size(), join(k.missed()));
      if (!k.unmapped().isEmpty()) {
        out.printf("unmapped %s tags (left out of recall): %s%n", k.kind(), join(k.unmapped()));
      }
    }
    out.printf(
        "%ntop %d discovered actors (articles, mentions, guessed type):%n", r.discovered().size());
    int i = 0;
    for (DiscoveredCount d : r.discovered()) {
      out.printf("  %2d. %-32s %5d %5d  %s%n", ++i, d.name(), d.articles(), d.mentions(), d.type());
    }
    out.printf(
        "%nthroughput, 1 thread, full dictionary, per CPU second: split + match %.1f MB/s; whole annotator (tagger, matcher, VADER, GDELT tone) %.1f MB/s%n",
        r.matchMbPerSec(), r.discoveryMbPerSec());
    out.flush();
  }

  private static String join(List<TagCount> l) {
    StringBuilder sb = new StringBuilder();
    for (TagCount t : l) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(t.tag()).append(' ').append(t.articles());
    }
    return sb.length() == 0 ? "none" : sb.toString();
  }

  /**
   * The result as one JSON object (figures, missed and unmapped tags, discovered actors; not the
   * misses list).
   */
  public static void writeJson(Result r, OutputStream os) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("input", r.input());
      g.writeNumberField("articles", r.articles());
      g.writeNumberField("empty_articles_left_out", r.emptyArticles());
      g.writeNumberField("dictionary_actors", r.dictionaryActors());
      g.writeNumberField("chars", r.chars());
      g.writeObjectFieldStart("recall");
      for (KindFigures k : List.of(r.places(), r.people(), r.orgs())) {
        g.writeObjectFieldStart(k.kind());
        g.writeNumberField("tags", k.tags());
        g.writeNumberField("unmapped", k.unmappedCount());
        g.writeNumberField("mapped", k.mapped());
        g.writeNumberField("found", k.found());
        number(g, "recall", k.recall());
        g.writeNumberField("named", k.named());
        number(g, "named_recall", k.namedRecall());
        tagCounts(g, "missed", k.missed());
        tagCounts(g, "unmapped_tags", k.unmapped());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("top_country");
      g.writeNumberField("articles", r.topCountryArticles());
      g.writeNumberField("hits", r.topCountryHits());
      number(g, "precision", r.topCountryPrecision());
      g.writeNumberField("articles_without_places_tags", r.countryArticlesWithoutTags());
      g.writeEndObject();
      g.writeArrayFieldStart("discovered");
      for (DiscoveredCount d : r.discovered()) {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("name", d.name());
        g.writeStringField("type", d.type());
        g.writeNumberField("articles", d.articles());
        g.writeNumberField("mentions", d.mentions());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("throughput_mb_per_s");
      number(g, "match", r.matchMbPerSec());
      number(g, "annotator", r.discoveryMbPerSec());
      g.writeEndObject();
      g.writeArrayFieldStart("mapping_ids_not_in_dictionary");
      for (String m : r.missingActors()) {
        g.writeString(m);
      }
      g.writeEndArray();
      g.writeNumberField("seconds", r.seconds());
      g.writeEndObject();
    }
  }

  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isNaN(v)) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, Math.round(v * 10000) / 10000.0);
    }
  }

  private static void tagCounts(JsonGenerator g, String name, List<TagCount> l) throws IOException {
    g.writeObjectFieldStart(name);
    for (TagCount t : l) {
      g.writeNumberField(t.tag(), t.articles());
    }
    g.writeEndObject();
  }
}
