package io.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.newsgraph.actors.Actor;
import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorRole;
import io.newsgraph.actors.MatchKind;
import io.newsgraph.annotate.AnnotatorModels;
import io.newsgraph.config.ConfigException;
import io.newsgraph.config.JobConfig;
import io.newsgraph.dedup.DedupParams;
import io.newsgraph.ingest.InputFingerprint;
import io.newsgraph.ingest.InputLister;
import io.newsgraph.ingest.InputSplit;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run: ingest the input, annotate the new articles, write the article-level tables for the
 * dates they fall on, then recompute the daily tables of those dates from the warehouse. Everything
 * is written to a staging folder first and swapped in partition by partition; the manifest is
 * written last.
 */
public final class NewsgraphJob {

  private static final Logger LOG = LoggerFactory.getLogger(NewsgraphJob.class);

  private final SparkSession spark;
  private final JobConfig config;
  private final Warehouse wh;
  private final Map<String, Long> stageMillis = new LinkedHashMap<>();
  private final Map<String, Long> rowsWritten = new LinkedHashMap<>();
  private final Map<String, Integer> datesWritten = new LinkedHashMap<>();

  public NewsgraphJob(SparkSession spark, JobConfig config) throws IOException {
    this.spark = spark;
    this.config = config;
    this.wh = new Warehouse(config.warehouse(), spark.sparkContext().hadoopConfiguration());
  }

  /** Ingests the input and brings every table up to date for the dates it touches. */
  public RunManifest run() throws IOException {
    return execute(null, null);
  }

  /**
   * Recomputes the dates from..to from the warehouse alone: re-annotates their articles (so a new
   * dictionary or scorer takes effect) and rebuilds their daily tables. No input is read.
   */
  public RunManifest backfill(LocalDate from, LocalDate to) throws IOException {
    if (to.isBefore(from)) {
      throw new ConfigException("--to " + to + " is before --from " + from);
    }
    if (!wh.hasParquet(wh.table(Tables.ARTICLES))) {
      throw new ConfigException(
          "nothing to backfill: " + wh.table(Tables.ARTICLES) + " holds no articles");
    }
    return execute(from, to);
  }

  private RunManifest execute(LocalDate backfillFrom, LocalDate backfillTo) throws IOException {
    String startedAt = Instant.now().toString();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String actorsCsv = readActors(hadoop);
    ActorDictionary dictionary =
        AnnotatorModels.dictionary(actorsCsv); // validates --actors before any work
    // Setup errors (a missing input, a warehouse that is a file) surface here, before the lock
    // creates anything.
    InputLister.Listing listing = backfillFrom == null ? listInputs(hadoop) : null;
    wh.checkUsable();
    try (WarehouseLock lock = WarehouseLock.acquire(wh, config.runId())) {
      RunJournal journal = new RunJournal(wh);
      TreeSet<LocalDate> recovered = journal.recover(config.runId());
      Work work =
          backfillFrom == null
              ? ingest(hadoop, journal, actorsCsv, listing)
              : reannotate(backfillFrom, backfillTo, actorsCsv);

      long t = System.nanoTime();
      stageActors(dictionary, work.touched());
      RunManifest committing = manifest("committing", startedAt, work, recovered, 0);
      ManifestWriter.write(wh, committing);
      FaultPoint.reach("before_commit_articles");
      PartitionCommitter committer = new PartitionCommitter(wh, config.runId());
      if (work.rejectsStaged()) {
        committer.commitPartitions(Tables.REJECTS, List.of(config.runDate()));
      }
      for (String table : work.stagedTables()) {
        committer.commitPartitions(table, work.touched());
        FaultPoint.reach("mid_commit_articles");
      }
      committer.commitTable(Tables.ACTORS);
      FaultPoint.reach("after_commit_articles");
      stageMillis.merge("commit", ms(t), Long::sum);

      t = System.nanoTime();
      TreeSet<LocalDate> dirty = new TreeSet<>(work.touched());
      dirty.addAll(recovered);
      describe("aggregate: first days of the actors, dates to recompute");
      Dataset<Row> firstSeen = firstSeen();
      long below = aggregate(aggregateDates(dirty, firstSeen), committer, firstSeen);
      firstSeen.unpersist();
      committer.cleanUp();
      stageMillis.put("aggregate", ms(t));
      work.release();
      RunManifest done = manifest("succeeded", startedAt, work, recovered, below);
      FaultPoint.reach("before_manifest");
      ManifestWriter.write(wh, done);
      return done;
    }
  }

  /** What the first half of a run leaves staged for the commit, and what it counted on the way. */
  private record Work(
      TreeSet<LocalDate> touched,
      List<String> stagedTables,
      boolean rejectsStaged,
      List<RunManifest.FileEntry> files,
      Map<String, Long> rejectsByReason,
      List<LocalDate> recomputed,
      List<Dataset<Row>> cached,
      List<RunManifest.SkippedInput> notRead) {

    void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  private InputLister.Listing listInputs(Configuration hadoop) throws IOException {
    try {
      return new InputLister(hadoop).listing(config.inputs());
    } catch (FileNotFoundException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private Work ingest(
      Configuration hadoop, RunJournal journal, String actorsCsv, InputLister.Listing listing)
      throws IOException {
    long t = System.nanoTime();
    List<InputLister.InputFile> listed = listing.files();
    List<RunManifest.SkippedInput> notRead =
        listing.skipped().stream()
            .map(f -> new RunManifest.SkippedInput(f.path(), f.size(), f.reason()))
            .toList();
    notRead.forEach(f -> LOG.info("not input, skipped: {} ({})", f.path(), f.reason()));
    // A file a successful run already read completely (same path, size and content) is not read
    // again.
    var done = journal.ingestedFiles();
    List<InputLister.InputFile> toRead = new ArrayList<>();
    Map<String, String> checksums = new HashMap<>();
    Map<String, Boolean> skipped = new HashMap<>();
    for (InputLister.InputFile f : listed) {
      Path p = new Path(f.path());
      String sum = InputFingerprint.of(p.getFileSystem(hadoop), p);
      checksums.put(f.path(), sum);
      boolean seen = done.contains(new RunJournal.IngestedFile(f.path(), f.size(), sum));
      skipped.put(f.path(), seen);
      if (!seen) {
        toRead.add(f);
      }
    }
    List<InputSplit> splits = InputLister.splits(toRead, config.splitBytes());
    LOG.info(
        "newsgraph run {}: {} input files ({} already ingested), {} splits",
        config.runId(),
        listed.size(),
        listed.size() - toRead.size(),
        splits.size());
    Dataset<Row> ingested =
        IngestStage.read(
                spark,
                splits,
                config.runDate(),
                config.rawMaxChars(),
                actorsCsv,
                DedupParams.DEFAULT)
            .persist(Caching.LEVEL);
    describe("ingest: parse, sign and annotate the input; exact duplicates");
    Classified classes = classify(ingested);
    Dataset<Row> classified = classes.rows();
    Map<String, Long> byReason = new TreeMap<>();
    Map<String, RunManifest.Counts> perFile = countPerFile(classes.keys(), byReason);
    List<RunManifest.FileEntry> files = new ArrayList<>();
    for (InputLister.InputFile f : listed) {
      files.add(
          new RunManifest.FileEntry(
              f.path(),
              f.size(),
              f.modificationTime(),
              checksums.get(f.path()),
              f.format().name().toLowerCase(Locale.ROOT),
              skipped.get(f.path()) ? "skipped" : "read",
              perFile.getOrDefault(f.path(), RunManifest.Counts.ZERO)));
    }
    stageMillis.put("ingest", ms(t));
    FaultPoint.reach("after_ingest");

    t = System.nanoTime();
    Dataset<Row> newArticles =
        classified
            .where("status IN ('article', 'duplicate_content')")
            .select(Tables.ARTICLES_SCHEMA.fieldNames()[0], articleColumns());
    TreeSet<LocalDate> touched =
        dates(classes.statuses().where("status IN ('article', 'duplicate_content')"));
    // annotated in the ingest pass; the annotations of duplicates are dropped here
    Dataset<Row> annotated =
        classified
            .where("status IN ('article', 'duplicate_content') AND dup_of IS NULL")
            .select(AnnotateStage.ANNOTATED_SCHEMA.fieldNames()[0], annotationColumns())
            .persist(Caching.LEVEL);
    Dataset<Row> rejects =
        classified
            .where("status = 'reject'")
            .select(
                col("input_file"),
                col("input_offset"),
                col("input_line"),
                col("reason"),
                col("detail"),
                col("raw"),
                col("raw_bytes"),
                lit(config.runId()).as("run_id"),
                lit(Date.valueOf(config.runDate())).as("date"));
    boolean rejectsStaged = !byReason.isEmpty();
    if (rejectsStaged) {
      stage(Tables.REJECTS, mergeRejects(rejects), List.of(config.runDate()));
    }
    stage(Tables.ARTICLES, mergeExisting(Tables.ARTICLES, newArticles, touched), touched);
    stageAnnotations(annotated, touched, true);
    stageMillis.put("annotate", ms(t));
    FaultPoint.reach("after_stage_articles");
    return new Work(
        touched,
        Tables.ARTICLE_LEVEL,
        rejectsStaged,
        files,
        byReason,
        List.of(),
        concat(classes.cached(), List.of(ingested, annotated)),
        notRead);
  }

  private static List<Dataset<Row>> concat(List<Dataset<Row>> a, List<Dataset<Row>> b) {
    List<Dataset<Row>> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * Every ingested row with its status (not cached: a broadcast join over the cached input), the
   * same for the narrow columns only (for counting), the narrow per-article statuses, and what was
   * cached on the way.
   */
  private record Classified(
      Dataset<Row> rows, Dataset<Row> keys, Dataset<Row> statuses, List<Dataset<Row>> cached) {}

  private Work reannotate(LocalDate from, LocalDate to, String actorsCsv) throws IOException {
    long t = System.nanoTime();
    Path p = wh.table(Tables.ARTICLES);
    if (!wh.hasParquet(p)) {
      throw new ConfigException("nothing to backfill: " + p + " holds no articles");
    }
    Dataset<Row> articles =
        spark
            .read()
            .parquet(p.toString())
            .where(
                col("date")
                    .between(Date.valueOf(from), Date.valueOf(to))
                    .and(col("dup_of").isNull()));
    TreeSet<LocalDate> touched = dates(articles);
    Dataset<Row> annotated = AnnotateStage.annotate(articles, actorsCsv).persist(Caching.LEVEL);
    // The articles table itself is unchanged: only what is derived from it is rebuilt.
    stageAnnotations(annotated, touched, false);
    stageMillis.put("annotate", ms(t));
    return new Work(
        touched,
        List.of(Tables.MENTIONS, Tables.ARTICLE_TONE, Tables.DISCOVERED_DAILY),
        false,
        List.of(),
        Map.of(),
        List.copyOf(touched),
        List.of(annotated),
        List.of());
  }

  private void stageAnnotations(Dataset<Row> annotated, TreeSet<LocalDate> dates, boolean merge)
      throws IOException {
    Dataset<Row> mentions = annotated.selectExpr("explode(mentions) AS m").select("m.*");
    Dataset<Row> tone = annotated.select("tone.*");
    stage(
        Tables.MENTIONS, merge ? mergeExisting(Tables.MENTIONS, mentions, dates) : mentions, dates);
    stage(
        Tables.ARTICLE_TONE, merge ? mergeExisting(Tables.ARTICLE_TONE, tone, dates) : tone, dates);
    Dataset<Row> votes =
        DiscoveredCounts.count(
            annotated.selectExpr("date", "explode(discovered) AS d").select("date", "d.*"));
    stage(Tables.DISCOVERED_DAILY, merge ? mergeVotes(votes, dates) : votes, dates);
  }

  /**
   * The votes of the dates a run adds articles to: the committed ones plus the new articles'. An
   * ingest run annotates only articles the warehouse does not hold, so nothing is counted twice.
   */
  private Dataset<Row> mergeVotes(Dataset<Row> fresh, TreeSet<LocalDate> dates) throws IOException {
    Path p = wh.table(Tables.DISCOVERED_DAILY);
    if (dates.isEmpty() || !wh.hasParquet(p)) {
      return fresh;
    }
    Dataset<Row> old = spark.read().parquet(p.toString()).where(col("date").isin(sqlDates(dates)));
    return DiscoveredCounts.sum(old.select(cols(fresh.columns())).unionByName(fresh));
  }

  private static TreeSet<LocalDate> dates(Dataset<Row> rows) {
    TreeSet<LocalDate> out = new TreeSet<>();
    for (Row r : rows.select("date").distinct().collectAsList()) {
      out.add(r.getDate(0).toLocalDate());
    }
    return out;
  }

  private static String[] annotationColumns() {
    String[] names = AnnotateStage.ANNOTATED_SCHEMA.fieldNames();
    return java.util.Arrays.copyOfRange(names, 1, names.length);
  }

  private static String[] articleColumns() {
    String[] names = Tables.ARTICLES_SCHEMA.fieldNames();
    String[] rest = new String[names.length - 1];
    System.arraycopy(names, 1, rest, 0, rest.length);
    return rest;
  }

  /**
   * Gives every ingested row a status: article, duplicate_id (same id and content again),
   * duplicate_content (another article's text under a new id: kept with dup_of), already_ingested
   * (in the warehouse from an earlier run), reject (from ingest, or the same id with different
   * content), blank.
   *
   * <p>The decision is made on narrow keys (file, offset, id, hash, date) only; the rows that carry
   * the text are never shuffled for it. The few rows that are not plain new articles are then
   * attached to the cached input with a broadcast join, so the text is read from the cache, not
   * moved.
   */
  private Classified classify(Dataset<Row> ingested) throws IOException {
    // The columns the decisions read, cached beside the input in the pass that caches it: the
    // steps below scan these instead of every column of the input with its text.
    Dataset<Row> keys =
        ingested
            .select(
                "kind",
                "input_file",
                "input_offset",
                "article_id",
                "content_hash",
                "date",
                "date_inferred",
                "reason",
                "shingles")
            .persist(Caching.LEVEL);
    Dataset<Row> statuses = markNearDuplicates(exactStatuses(keys).persist(Caching.LEVEL), keys);
    Dataset<Row> exceptions =
        statuses
            .where("status <> 'article'")
            .select(
                col("input_file"),
                col("input_offset"),
                col("status").as("x_status"),
                col("dup_of").as("x_dup_of"))
            .persist(Caching.LEVEL);
    long n = exceptions.count();
    Dataset<Row> ex =
        n <= BROADCAST_EXCEPTIONS
            ? org.apache.spark.sql.functions.broadcast(exceptions)
            : exceptions;
    Dataset<Row> classified =
        withStatus(ingested, ex)
            .withColumn(
                "detail",
                org.apache.spark.sql.functions.expr(
                    "CASE WHEN status = 'reject' AND kind = 'article' THEN concat('article_id ', article_id, ' seen earlier in the input with "
                        + "different content') ELSE detail END"))
            .withColumn(
                "raw",
                org.apache.spark.sql.functions.expr(
                    "CASE WHEN status = 'reject' AND kind = 'article' THEN left(concat_ws('\\n\\n', title, text), "
                        + config.rawMaxChars()
                        + ") ELSE raw END"))
            .withColumn(
                "raw_bytes",
                org.apache.spark.sql.functions.expr(
                    "CASE WHEN status = 'reject' AND kind = 'article' THEN octet_length(concat_ws('\\n\\n', title, text)) ELSE raw_bytes END"))
            .withColumn("lang", lit(null).cast("string"))
            .withColumn("run_id", lit(config.runId()));
    return new Classified(
        classified, withStatus(keys, ex), statuses, List.of(keys, statuses, exceptions));
  }

  /**
   * Rows with their status, dup_of and reject reason, from the exceptions (input_file,
   * input_offset, x_status, x_dup_of). One left join over every kind of row: a union of the
   * articles and the other rows would scan the cache twice wherever the result is read.
   */
  private static Dataset<Row> withStatus(Dataset<Row> rows, Dataset<Row> exceptions) {
    return rows.join(
            exceptions,
            scala.jdk.javaapi.CollectionConverters.asScala(List.of("input_file", "input_offset"))
                .toSeq(),
            "left")
        .withColumn(
            "status",
            org.apache.spark.sql.functions.expr(
                "CASE WHEN kind <> 'article' THEN kind ELSE coalesce(x_status, 'article') END"))
        .withColumn("dup_of", col("x_dup_of"))
        .drop("x_status", "x_dup_of")
        .withColumn(
            "reason",
            org.apache.spark.sql.functions.expr(
                "CASE WHEN status = 'reject' AND kind = 'article' THEN 'duplicate_id_conflict' ELSE reason END"));
  }

  /**
   * Above this many non-article rows the status join falls back to a shuffle join (still correct,
   * slower).
   */
  private static final long BROADCAST_EXCEPTIONS = 500_000;

  /**
   * The exact-duplicate decision on narrow keys: per article_id the first record in input order
   * counts; a later one with the same content is duplicate_id, with other content a reject; an id
   * the warehouse holds is already_ingested; of the new ids with one content hash the canonical one
   * (in the warehouse, else earliest date, then smallest id) counts and the others are
   * duplicate_content.
   */
  private Dataset<Row> exactStatuses(Dataset<Row> ingested) throws IOException {
    WindowSpec byId = Window.partitionBy("article_id").orderBy("input_file", "input_offset");
    ingested
        .where("kind = 'article'")
        .select("input_file", "input_offset", "article_id", "content_hash", "date")
        .withColumn("id_rank", org.apache.spark.sql.functions.row_number().over(byId))
        .withColumn("first_hash", org.apache.spark.sql.functions.first("content_hash").over(byId))
        .createOrReplaceTempView("ng_in");
    existingArticleKeys().createOrReplaceTempView("ng_existing");
    return spark.sql(
        """
        WITH firsts AS (
          SELECT i.*, e.article_id IS NOT NULL AS known
          FROM ng_in i LEFT JOIN ng_existing e ON i.article_id = e.article_id AND i.id_rank = 1),
        canon AS (
          SELECT content_hash, min_by(article_id, struct(is_new, date, article_id)) AS canonical FROM (
            SELECT content_hash, article_id, date, false AS is_new FROM ng_existing
            UNION ALL
            SELECT content_hash, article_id, date, true AS is_new FROM firsts WHERE id_rank = 1 AND NOT known)
          GROUP BY content_hash)
        SELECT f.input_file, f.input_offset, f.article_id, f.date,
          CASE WHEN f.id_rank > 1 AND f.content_hash = f.first_hash THEN 'duplicate_id'
               WHEN f.id_rank > 1 THEN 'reject'
               WHEN f.known THEN 'already_ingested'
               WHEN c.canonical <> f.article_id THEN 'duplicate_content'
               ELSE 'article' END AS status,
          CASE WHEN f.id_rank = 1 AND NOT f.known AND c.canonical <> f.article_id THEN c.canonical END AS dup_of
        FROM firsts f LEFT JOIN canon c ON f.content_hash = c.content_hash""");
  }

  /**
   * New articles that still count after exact de-duplication, checked for near-duplicates (see
   * NearDuplicateStage). The shingle sets come from the ingest pass; only they and narrow keys are
   * joined, no text is read for it.
   */
  private Dataset<Row> markNearDuplicates(Dataset<Row> statuses, Dataset<Row> ingested)
      throws IOException {
    Dataset<Row> counted = statuses.where("status = 'article'");
    TreeSet<LocalDate> days = dates(counted);
    if (days.isEmpty()) {
      return statuses;
    }
    int window = DedupParams.DEFAULT.maxDaysApart();
    TreeSet<LocalDate> near = new TreeSet<>();
    for (LocalDate d : days) {
      for (int k = -window; k <= window; k++) {
        near.add(d.plusDays(k));
      }
    }
    Path p = wh.table(Tables.ARTICLES);
    Dataset<Row> candidates =
        ingested
            .where("kind = 'article'")
            .select("article_id", "shingles", "date", "input_file", "input_offset");
    Dataset<Row> stored =
        wh.hasParquet(p)
            ? spark
                .read()
                .parquet(p.toString())
                .where(col("date").isin(sqlDates(near)))
                .select("article_id", "title", "text", "date", "dup_of")
            : null;
    Dataset<Row> excluded =
        statuses.where("status <> 'article'").select("input_file", "input_offset");
    describe("near-duplicates");
    Map<String, String> dupOf =
        new NearDuplicateStage(DedupParams.DEFAULT)
            .find(candidates, excluded, excluded.count(), stored);
    LOG.info("near-duplicates: {} new articles copy another", dupOf.size());
    if (dupOf.isEmpty()) {
      return statuses;
    }
    List<Row> rows = new ArrayList<>(dupOf.size());
    dupOf.forEach((k, v) -> rows.add(RowFactory.create(k, v)));
    Dataset<Row> nd =
        spark.createDataFrame(
            rows,
            new org.apache.spark.sql.types.StructType()
                .add("article_id", "string")
                .add("near_dup_of", "string"));
    return statuses
        .join(
            org.apache.spark.sql.functions.broadcast(nd),
            statuses
                .col("article_id")
                .equalTo(nd.col("article_id"))
                .and(statuses.col("status").equalTo("article")),
            "left")
        .drop(nd.col("article_id"))
        .withColumn(
            "dup_of", org.apache.spark.sql.functions.coalesce(col("dup_of"), col("near_dup_of")))
        .withColumn(
            "status",
            org.apache.spark.sql.functions.expr(
                "CASE WHEN near_dup_of IS NOT NULL THEN 'duplicate_content' ELSE status END"))
        .drop("near_dup_of");
  }

  private Dataset<Row> existingArticleKeys() throws IOException {
    Path p = wh.table(Tables.ARTICLES);
    if (!wh.hasParquet(p)) {
      return spark.createDataFrame(
          List.of(),
          new org.apache.spark.sql.types.StructType()
              .add("article_id", "string")
              .add("content_hash", "string")
              .add("date", "date"));
    }
    return spark.read().parquet(p.toString()).select("article_id", "content_hash", "date");
  }

  /** Counts per input file by status, and the rejects by reason into {@code byReason}: one pass. */
  private Map<String, RunManifest.Counts> countPerFile(
      Dataset<Row> classified, Map<String, Long> byReason) {
    Map<String, long[]> acc = new TreeMap<>();
    for (Row r :
        classified
            .groupBy(
                col("input_file"),
                col("status"),
                org.apache.spark.sql.functions.expr(
                    "CASE WHEN status = 'reject' THEN reason END AS reject_reason"))
            .agg(
                org.apache.spark.sql.functions.count("*"),
                org.apache.spark.sql.functions.sum(
                    org.apache.spark.sql.functions.expr(
                        "CASE WHEN date_inferred THEN 1 ELSE 0 END")))
            .collectAsList()) {
      long[] c = acc.computeIfAbsent(r.getString(0), k -> new long[5]);
      long n = r.getLong(3);
      switch (r.getString(1)) {
        case "article" -> c[0] += n;
        case "duplicate_id", "duplicate_content", "already_ingested" -> c[1] += n;
        case "reject" -> {
          c[2] += n;
          byReason.merge(r.getString(2), n, Long::sum);
        }
        case "blank" -> c[3] += n;
        default -> throw new IllegalStateException("unknown status " + r.getString(1));
      }
      if (r.getString(1).equals("article") && !r.isNullAt(4)) {
        c[4] += r.getLong(4);
      }
    }
    Map<String, RunManifest.Counts> out = new TreeMap<>();
    acc.forEach(
        (f, c) ->
            out.put(f, new RunManifest.Counts(c[0] + c[1] + c[2], c[0], c[1], c[2], c[3], c[4])));
    return out;
  }

  /**
   * Existing rows of the dates this run owns, plus the new ones; article_id keeps each article
   * once.
   */
  private Dataset<Row> mergeExisting(String table, Dataset<Row> fresh, TreeSet<LocalDate> dates)
      throws IOException {
    Path p = wh.table(table);
    if (dates.isEmpty() || !wh.hasParquet(p)) {
      return fresh;
    }
    Dataset<Row> old = spark.read().parquet(p.toString()).where(col("date").isin(sqlDates(dates)));
    Dataset<Row> oldKept =
        old.join(
            fresh.select("article_id").distinct(),
            old.col("article_id").equalTo(fresh.col("article_id")),
            "left_anti");
    return oldKept
        .select(
            fresh.columns().length == 0
                ? new org.apache.spark.sql.Column[0]
                : cols(fresh.columns()))
        .unionByName(fresh);
  }

  private Dataset<Row> mergeRejects(Dataset<Row> fresh) throws IOException {
    Path p = wh.partition(Tables.REJECTS, config.runDate());
    if (!wh.exists(p)) {
      return fresh;
    }
    Dataset<Row> old =
        spark
            .read()
            .parquet(wh.table(Tables.REJECTS).toString())
            .where(col("date").equalTo(lit(Date.valueOf(config.runDate()))));
    Dataset<Row> freshKept =
        fresh.join(
            old.select("input_file", "input_offset", "reason"),
            scala.jdk.javaapi.CollectionConverters.asScala(
                    List.of("input_file", "input_offset", "reason"))
                .toSeq(),
            "left_anti");
    return old.select(cols(fresh.columns())).unionByName(freshKept);
  }

  static org.apache.spark.sql.Column[] cols(String[] names) {
    org.apache.spark.sql.Column[] c = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      c[i] = col(names[i]);
    }
    return c;
  }

  private static Object[] sqlDates(java.util.Collection<LocalDate> dates) {
    return dates.stream().map(Date::valueOf).toArray();
  }

  /** Writes a date-partitioned table into this run's staging folder: one file per date. */
  private void stage(String table, Dataset<Row> rows, java.util.Collection<LocalDate> dates) {
    stageWholeDates(table, rows.repartition(col("date")), dates);
  }

  /**
   * As {@link #stage(String, Dataset, java.util.Collection)} for rows whose partitions already hold
   * whole dates (every row of a date in one partition): no shuffle, still one file per date.
   */
  private void stageWholeDates(
      String table, Dataset<Row> rows, java.util.Collection<LocalDate> dates) {
    if (dates.isEmpty()) {
      return;
    }
    String path = wh.stagedTable(config.runId(), table).toString();
    describe("write " + table);
    // Dictionary pages only cost time and space on columns whose values hardly repeat.
    rows.write()
        .mode(SaveMode.Overwrite)
        .option("compression", "zstd")
        .option("parquet.enable.dictionary#text", "false")
        .option("parquet.enable.dictionary#title", "false")
        .option("parquet.enable.dictionary#url", "false")
        .option("parquet.enable.dictionary#raw", "false")
        .partitionBy("date")
        .parquet(path);
    rowsWritten.merge(table, countStaged(path), Long::sum);
    datesWritten.merge(table, dates.size(), Integer::sum);
  }

  /**
   * Names the Spark jobs that follow (Spark UI, history server, event log; jobs/stage-cpu sums task
   * CPU by it) until the next call.
   */
  private void describe(String what) {
    spark.sparkContext().setJobDescription(what);
  }

  private long countStaged(String path) {
    try {
      return wh.hasParquet(new Path(path)) ? spark.read().parquet(path).count() : 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * (actor_id, first_date): the first date each actor is named in the warehouse, where its spike
   * history starts.
   */
  private Dataset<Row> firstSeen() throws IOException {
    Path mp = wh.table(Tables.MENTIONS);
    if (!wh.hasParquet(mp)) {
      return spark.createDataFrame(
          List.of(),
          new org.apache.spark.sql.types.StructType()
              .add("actor_id", "string")
              .add("first_date", "date"));
    }
    // two columns of every mentions file; read by aggregateDates and the aggregate stage.
    // Attribution mentions are
    // left out as in the aggregates, so an actor named first as a source has its history start
    // where it is counted
    Dataset<Row> mentions = spark.read().parquet(mp.toString());
    if (!config.countAttributions()) {
      mentions = mentions.where(col("match_kind").notEqual(MatchKind.ATTRIBUTION.value()));
    }
    return mentions
        .groupBy("actor_id")
        .agg(org.apache.spark.sql.functions.min("date").as("first_date"))
        .persist(Caching.LEVEL);
  }

  /**
   * The dates whose daily rows change: those the run touched, and the later dates (up to the spike
   * window) that already have daily rows, since their rolling values include the touched ones. And
   * where the run moved an actor's first day (a late article naming it earlier, a backfill with
   * other actors), the dates from the earlier to the spike window after the later one: their
   * history starts elsewhere now.
   */
  private TreeSet<LocalDate> aggregateDates(TreeSet<LocalDate> touched, Dataset<Row> firstSeen)
      throws IOException {
    TreeSet<LocalDate> out = new TreeSet<>(touched);
    Path p = wh.table(Tables.ARTICLE_TONE);
    if (touched.isEmpty() || !wh.hasParquet(p)) {
      return out;
    }
    List<LocalDate[]> moved = new ArrayList<>();
    Path daily = wh.table(Tables.ACTOR_DAILY);
    if (wh.hasParquet(daily)) {
      Dataset<Row> before =
          spark
              .read()
              .parquet(daily.toString())
              .groupBy("actor_id")
              .agg(org.apache.spark.sql.functions.min("date").as("before"));
      for (Row r :
          before
              .join(firstSeen, "actor_id")
              .where("before <> first_date")
              .selectExpr("least(before, first_date)", "greatest(before, first_date)")
              .distinct()
              .collectAsList()) {
        moved.add(
            new LocalDate[] {
              r.getDate(0).toLocalDate(),
              r.getDate(1).toLocalDate().plusDays(AggregateStage.SPIKE_WINDOW)
            });
      }
    }
    for (Row r : spark.read().parquet(p.toString()).select("date").distinct().collectAsList()) {
      LocalDate d = r.getDate(0).toLocalDate();
      LocalDate before = touched.floor(d);
      if (before != null && !d.isAfter(before.plusDays(AggregateStage.SPIKE_WINDOW))) {
        out.add(d);
      }
      for (LocalDate[] m : moved) {
        if (!d.isBefore(m[0]) && !d.isAfter(m[1])) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private long aggregate(
      TreeSet<LocalDate> dates, PartitionCommitter committer, Dataset<Row> firstSeen)
      throws IOException {
    if (dates.isEmpty() || !wh.hasParquet(wh.table(Tables.ARTICLE_TONE))) {
      return 0;
    }
    LocalDate from = dates.first().minusDays(AggregateStage.SPIKE_WINDOW);
    LocalDate to = dates.last();
    Dataset<Row> tone =
        spark
            .read()
            .parquet(wh.table(Tables.ARTICLE_TONE).toString())
            .where(col("date").between(Date.valueOf(from), Date.valueOf(to)));
    Dataset<Row> mentions;
    Path mp = wh.table(Tables.MENTIONS);
    if (wh.hasParquet(mp)) {
      mentions =
          spark
              .read()
              .parquet(mp.toString())
              .where(col("date").between(Date.valueOf(from), Date.valueOf(to)));
    } else {
      mentions = spark.createDataFrame(List.of(), Tables.MENTIONS_SCHEMA);
    }
    if (!config.countAttributions()) {
      // a news organisation cited as the source ("told Reuters") is not an actor of the story
      mentions = mentions.where(col("match_kind").notEqual(MatchKind.ATTRIBUTION.value()));
    }
    // counted articles filed under a run date for want of a published date: in the counts, not in
    // the spike score
    Dataset<Row> undated =
        spark
            .read()
            .parquet(wh.table(Tables.ARTICLES).toString())
            .where(col("date").between(Date.valueOf(from), Date.valueOf(to)))
            .where(col("date_inferred").and(col("dup_of").isNull()))
            .select("date", "article_id");
    AggregateStage.Result r =
        new AggregateStage(spark)
            .compute(mentions, tone, undated, firstSeen, dates, config.minPairArticles());
    // The pair tables come from the day rows, which are partitioned by day: no shuffle by date.
    stageWholeDates(Tables.COMENTIONS_DAILY, r.comentions(), dates);
    stageWholeDates(Tables.DYAD_DAILY, r.dyads(), dates);
    stage(Tables.ACTOR_DAILY, r.actorDaily(), dates);
    FaultPoint.reach("after_stage_aggregates");
    for (String table : Tables.DAILY) {
      committer.commitPartitions(table, dates);
      FaultPoint.reach("mid_commit_aggregates");
    }
    r.cached().unpersist();
    return r.pairsBelowMinimum();
  }

  /** The actors dimension: the dictionary in force, plus the discovered actors seen so far. */
  private void stageActors(ActorDictionary dictionary, TreeSet<LocalDate> touched)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Actor a : dictionary.actors()) {
      List<Row> roles = new ArrayList<>(a.roles().size());
      for (ActorRole r : a.roles()) {
        roles.add(
            RowFactory.create(
                emptyToNull(r.country()),
                r.role(),
                r.start() == null ? null : Date.valueOf(r.start()),
                r.end() == null ? null : Date.valueOf(r.end())));
      }
      rows.add(
          RowFactory.create(
              a.id(),
              a.name(),
              a.type().name().toLowerCase(Locale.ROOT),
              emptyToNull(a.country()),
              emptyToNull(a.wikidata()),
              scala.jdk.javaapi.CollectionConverters.asScala(a.aliases()).toSeq(),
              a.source(),
              roles.isEmpty()
                  ? null
                  : scala.jdk.javaapi.CollectionConverters.asScala(roles).toSeq()));
    }
    // A local relation of the whole dictionary (about 7 MB) went into every task that read it, and
    // Spark warned of the task size on every run; in slices of ACTORS_PER_SLICE no task carries
    // more than about half a megabyte of it.
    Dataset<Row> dict =
        spark.createDataFrame(
            org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(
                    rows, Math.max(1, (rows.size() + ACTORS_PER_SLICE - 1) / ACTORS_PER_SLICE)),
            Tables.ACTORS_SCHEMA);
    Dataset<Row> discovered = votedDiscovered(touched);
    Path old = wh.table(Tables.ACTORS);
    if (wh.hasParquet(old)) {
      // Actors of a warehouse written before discovered_daily have no votes: they keep their row.
      // (An actors table written before the roles column has the other columns only.)
      Dataset<Row> before =
          spark
              .read()
              .parquet(old.toString())
              .where("source = 'discovered'")
              .select("actor_id", "name", "type");
      discovered =
          discovered.unionByName(
              before.join(
                  discovered.select("actor_id"),
                  before.col("actor_id").equalTo(discovered.col("actor_id")),
                  "left_anti"));
    }
    discovered =
        discovered.selectExpr(
            "actor_id",
            "name",
            "type",
            "CAST(NULL AS STRING) AS country",
            "CAST(NULL AS STRING) AS wikidata",
            "array(name) AS aliases",
            "'discovered' AS source",
            "CAST(NULL AS " + Tables.ROLES_TYPE.sql() + ") AS roles");
    discovered =
        discovered.join(
            dict.select("actor_id"),
            discovered.col("actor_id").equalTo(dict.col("actor_id")),
            "left_anti");
    Dataset<Row> all = dict.unionByName(discovered);
    String path = wh.stagedTable(config.runId(), Tables.ACTORS).toString();
    describe("write " + Tables.ACTORS);
    // repartition, not coalesce: a coalesced task would read every slice of the dictionary itself
    all.repartition(1).write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(path);
    rowsWritten.put(Tables.ACTORS, countStaged(path));
  }

  private static final int ACTORS_PER_SLICE = 2_000;

  /**
   * (actor_id, name, type) of every discovered actor with votes, voted over the whole warehouse as
   * it will be once this run commits: its staged partitions of discovered_daily, the committed ones
   * of every other date. The table is a few narrow rows per actor and day, far less than mentions.
   */
  private Dataset<Row> votedDiscovered(TreeSet<LocalDate> touched) throws IOException {
    Dataset<Row> votes = spark.createDataFrame(List.of(), Tables.DISCOVERED_DAILY_SCHEMA);
    Path committed = wh.table(Tables.DISCOVERED_DAILY);
    if (wh.hasParquet(committed)) {
      Dataset<Row> c = spark.read().parquet(committed.toString());
      if (!touched.isEmpty()) {
        c = c.where(org.apache.spark.sql.functions.not(col("date").isin(sqlDates(touched))));
      }
      votes = votes.unionByName(c);
    }
    Path staged = wh.stagedTable(config.runId(), Tables.DISCOVERED_DAILY);
    if (!touched.isEmpty() && wh.hasParquet(staged)) {
      votes = votes.unionByName(spark.read().parquet(staged.toString()));
    }
    return DiscoveredCounts.vote(votes);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private String readActors(Configuration hadoop) throws IOException {
    if (config.actorsFile() == null) {
      return null;
    }
    Path p = new Path(config.actorsFile());
    try (InputStream in = p.getFileSystem(hadoop).open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (FileNotFoundException e) {
      throw new ConfigException(
          "--actors file not found or not readable: "
              + config.actorsFile()
              + " ("
              + e.getMessage()
              + ")");
    } catch (IOException e) {
      throw new ConfigException(
          "cannot read --actors file " + config.actorsFile() + ": " + e.getMessage());
    }
  }

  private RunManifest manifest(
      String status, String startedAt, Work work, TreeSet<LocalDate> recovered, long below) {
    long[] tot = new long[6];
    for (RunManifest.FileEntry f : work.files()) {
      RunManifest.Counts c = f.counts();
      tot[0] += c.recordsIn();
      tot[1] += c.articles();
      tot[2] += c.duplicates();
      tot[3] += c.rejects();
      tot[4] += c.blankLines();
      tot[5] += c.datesInferred();
    }
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put("inputs", config.inputs());
    cfg.put("warehouse", wh.root().toString());
    cfg.put("run_date", config.runDate().toString());
    cfg.put("actors", config.actorsFile());
    cfg.put("master", spark.sparkContext().master());
    cfg.put("max_reject_rate", config.maxRejectRate());
    cfg.put("min_pair_articles", config.minPairArticles());
    cfg.put("count_attributions", config.countAttributions());
    cfg.put("split_bytes", config.splitBytes());
    TreeSet<LocalDate> recomputed = new TreeSet<>(work.recomputed());
    recomputed.addAll(recovered);
    return new RunManifest(
        config.runId(),
        BuildInfo.current().version(),
        Tables.SCHEMA_VERSION,
        status,
        startedAt,
        Instant.now().toString(),
        cfg,
        work.files(),
        new RunManifest.Counts(tot[0], tot[1], tot[2], tot[3], tot[4], tot[5]),
        work.rejectsByReason(),
        new LinkedHashMap<>(rowsWritten),
        strings(work.touched()),
        below,
        new LinkedHashMap<>(stageMillis),
        null,
        strings(recomputed),
        work.notRead(),
        BuildInfo.current().commit(),
        new LinkedHashMap<>(datesWritten));
  }

  private static List<String> strings(java.util.Collection<LocalDate> dates) {
    return dates.stream().map(LocalDate::toString).toList();
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
