package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonlRecordParserTest {

  private static final LocalDate RUN = LocalDate.of(2024, 3, 9);
  private final JsonlRecordParser parser = new JsonlRecordParser(new ArticleFactory(RUN), 100);

  private IngestedRecord parse(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, 0, b.length, "f.jsonl", 10, 2L);
  }

  private RejectReason reason(String line) {
    return assertInstanceOf(RejectRecord.class, parse(line)).reason();
  }

  @Test
  void readsTheCorpusSchemaAndIgnoresExtraFields() {
    ArticleRecord a =
        assertInstanceOf(
            ArticleRecord.class,
            parse(
                "{\"id\":\"a1\",\"source\":\"Wire\",\"url\":null,\"published\":\"2024-03-05\",\"title\":\"Talks resume\","
                    + "\"text\":\"Envoys met in Doha.\",\"tags\":{\"places\":[\"qatar\"]},\"topics\":[]}"));
    assertEquals("a1", a.articleId());
    assertEquals("Wire", a.source());
    assertNull(a.url());
    assertEquals(LocalDate.of(2024, 3, 5), a.date());
    assertFalse(a.dateInferred());
    assertEquals(6, a.wordCount());
    assertEquals(10, a.offset());
    assertEquals(2L, a.line());
  }

  @Test
  void undatedAndUnparseableDatesTakeTheRunDate() {
    ArticleRecord undated =
        assertInstanceOf(ArticleRecord.class, parse("{\"id\":\"a\",\"text\":\"x y\"}"));
    assertEquals(RUN, undated.date());
    assertTrue(undated.dateInferred());
    ArticleRecord bad =
        assertInstanceOf(
            ArticleRecord.class,
            parse("{\"id\":\"b\",\"text\":\"x\",\"published\":\"March 5th\"}"));
    assertEquals(RUN, bad.date());
    assertTrue(bad.dateInferred());
    assertEquals("March 5th", bad.publishedRaw());
    ArticleRecord iso =
        assertInstanceOf(
            ArticleRecord.class,
            parse("{\"id\":\"c\",\"text\":\"x\",\"published\":\"2023-10-07T06:30:00Z\"}"));
    assertEquals(LocalDate.of(2023, 10, 7), iso.date());
  }

  @Test
  void headlineOnlyItemsAreArticles() {
    ArticleRecord a =
        assertInstanceOf(
            ArticleRecord.class,
            parse("{\"id\":\"h\",\"title\":\"Aid convoy enters\",\"text\":\"\"}"));
    assertEquals("", a.text());
    assertEquals("Aid convoy enters", a.title());
  }

  @Test
  void missingIdGetsADeterministicContentId() {
    ArticleRecord a =
        assertInstanceOf(ArticleRecord.class, parse("{\"title\":\"T\",\"text\":\"Body\"}"));
    ArticleRecord b =
        assertInstanceOf(ArticleRecord.class, parse("{\"title\":\"T\",\"text\":\"Body\"}"));
    assertTrue(a.articleId().startsWith("h:"));
    assertEquals(a.articleId(), b.articleId());
  }

  @Test
  void numericIdsAreTakenAsText() {
    assertEquals(
        "42",
        assertInstanceOf(ArticleRecord.class, parse("{\"id\":42,\"text\":\"x\"}")).articleId());
  }

  @Test
  void brokenRecordsAreRejectedWithTheirReason() {
    assertEquals(RejectReason.MALFORMED_JSON, reason("{\"id\":\"x\",\"text\":\"cut off"));
    assertEquals(RejectReason.MALFORMED_JSON, reason("{\"id\":\"x\"} trailing"));
    assertEquals(RejectReason.NOT_AN_OBJECT, reason("[1,2]"));
    assertEquals(RejectReason.NOT_AN_OBJECT, reason("\"just a string\""));
    assertEquals(RejectReason.NO_CONTENT, reason("{\"id\":\"x\",\"source\":\"s\"}"));
    assertEquals(RejectReason.NO_CONTENT, reason("{\"id\":\"x\",\"title\":\"  \",\"text\":\"\"}"));
    assertEquals(RejectReason.BAD_FIELD_TYPE, reason("{\"id\":\"x\",\"text\":12}"));
    assertEquals(
        RejectReason.BAD_FIELD_TYPE, reason("{\"id\":\"x\",\"title\":{\"a\":1},\"text\":\"t\"}"));
  }

  @Test
  void invalidUtf8AndBinaryAreRejectedAndKeepTheirBytes() {
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    RejectRecord r =
        assertInstanceOf(RejectRecord.class, parser.parse(bad, 0, bad.length, "f", 0, 1L));
    assertEquals(RejectReason.INVALID_UTF8, r.reason());
    assertEquals(bad.length, r.rawBytes());
    assertTrue(r.raw().startsWith("{\"text\""));
    byte[] bin = {0, 1, 2, 3, 'a', 0, 0};
    assertEquals(
        RejectReason.BINARY_CONTENT,
        assertInstanceOf(RejectRecord.class, parser.parse(bin, 0, bin.length, "f", 0, 1L))
            .reason());
  }

  @Test
  void rawIsCutToTheLimit() {
    RejectRecord r = assertInstanceOf(RejectRecord.class, parse("{" + "x".repeat(500)));
    assertEquals(100, r.raw().length());
    assertEquals(501, r.rawBytes());
  }

  @Test
  void blankLinesAreNotRecords() {
    assertInstanceOf(IngestedRecord.Blank.class, parse("   \t"));
  }

  @Test
  void htmlIsTurnedIntoTextKeepingParagraphs() {
    ArticleRecord a =
        assertInstanceOf(
            ArticleRecord.class,
            parse(
                "{\"id\":\"x\",\"text\":\"<p>Rates held &amp; steady.</p><p>Markets rose.<br>Bonds fell.</p><script>x()</script>\"}"));
    assertEquals("Rates held & steady.\n\nMarkets rose.\nBonds fell.", a.text());
    assertTrue(a.htmlStripped());
    ArticleRecord plain =
        assertInstanceOf(
            ArticleRecord.class, parse("{\"id\":\"y\",\"text\":\"3 < 4 and AT&T rose\"}"));
    assertEquals("3 < 4 and AT&T rose", plain.text());
    assertFalse(plain.htmlStripped());
  }

  @Test
  void aPublisherSuffixThatRepeatsTheSourceIsNotPartOfTheTitle() {
    ArticleRecord a =
        assertInstanceOf(
            ArticleRecord.class,
            parse(
                "{\"id\":\"g\",\"source\":\"Daily Example\",\"title\":\"Aid trucks cross into Gaza - Daily Example\",\"text\":\"\"}"));
    assertEquals("Aid trucks cross into Gaza", a.title());
    ArticleRecord other =
        assertInstanceOf(
            ArticleRecord.class,
            parse(
                "{\"id\":\"h\",\"source\":\"Wire\",\"title\":\"Talks - a new round\",\"text\":\"\"}"));
    assertEquals("Talks - a new round", other.title());
  }

  @Test
  void contentHashFoldsCaseAndWhiteSpace() {
    assertEquals(
        ArticleFactory.contentHash("T", "A  wire\n copy"),
        ArticleFactory.contentHash("t", "a wire copy"));
  }

  /**
   * The fold's shortcut for ASCII gives what Character.isWhitespace / toLowerCase give for every
   * ASCII character (the fold keys duplicates in warehouses written before the shortcut, so it may
   * not change), and countWords' shortcut what Character.isLetterOrDigit gives.
   */
  @Test
  void asciiShortcutsAgreeWithTheUnicodeTables() {
    for (char c = 0; c < 128; c++) {
      StringBuilder fast = new StringBuilder();
      ArticleFactory.appendFolded(fast, "x" + c + "x");
      String expected = Character.isWhitespace(c) ? "x x" : "x" + Character.toLowerCase(c) + "x";
      assertEquals(expected, fast.toString(), "char " + (int) c);
      assertEquals(
          Character.isLetterOrDigit(c) ? 1 : 2,
          ArticleFactory.countWords("ab" + c + "cd"),
          "char " + (int) c);
    }
  }
}
