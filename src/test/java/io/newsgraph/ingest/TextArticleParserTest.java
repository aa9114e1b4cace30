package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleParserTest {

  private final TextArticleParser parser =
      new TextArticleParser(new ArticleFactory(LocalDate.of(2024, 3, 9)), 1000);

  private List<IngestedRecord> parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, b.length, "a.txt");
  }

  @Test
  void titleRepeatedTitleBodyAndSourceLine() {
    ArticleRecord a =
        assertInstanceOf(
            ArticleRecord.class,
            parse(
                    "Ceasefire holds\nCeasefire holds\nFirst paragraph.\n\nSecond paragraph.\nSource » example.org")
                .get(0));
    assertEquals("Ceasefire holds", a.title());
    assertEquals("First paragraph.\n\nSecond paragraph.", a.text());
    assertEquals("example.org", a.source());
    assertTrue(a.dateInferred());
    assertTrue(a.articleId().startsWith("h:"));
  }

  @Test
  void withoutRepeatedTitleOrSource() {
    ArticleRecord a =
        assertInstanceOf(ArticleRecord.class, parse("\nTitle\n\nBody line one.\n").get(0));
    assertEquals("Title", a.title());
    assertEquals("Body line one.", a.text());
    assertNull(a.source());
  }

  @Test
  void ourSeedLikeFixture() throws Exception {
    byte[] b =
        Files.readAllBytes(
            TestPaths.repoRoot().resolve("src/test/resources/fixtures/seedlike.txt"));
    ArticleRecord a =
        assertInstanceOf(ArticleRecord.class, parser.parse(b, b.length, "seedlike.txt").get(0));
    assertTrue(a.text().length() > 500);
    assertTrue(!a.text().startsWith(a.title()), "repeated title line is dropped");
  }

  @Test
  void emptyAndBinaryFiles() {
    assertInstanceOf(IngestedRecord.Blank.class, parse("  \n\n").get(0));
    byte[] bin = new byte[64];
    bin[3] = 7;
    assertEquals(
        RejectReason.BINARY_CONTENT,
        assertInstanceOf(RejectRecord.class, parser.parse(bin, bin.length, "x.txt").get(0))
            .reason());
  }
}
