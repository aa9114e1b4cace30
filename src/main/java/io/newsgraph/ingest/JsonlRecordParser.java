package io.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Parses one JSON Lines record in the corpus schema (id, source, url, published, title, text; other
 * fields skipped) with Jackson's streaming parser, so no tree is built per record.
 */
public final class JsonlRecordParser {

  /**
   * Jackson's default cap on one string (20 M chars) is below the record size the job promises to
   * take.
   */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              com.fasterxml.jackson.core.StreamReadConstraints.builder()
                  .maxStringLength(SplitReader.MAX_RECORD_BYTES)
                  .build())
          .build();

  private final ArticleFactory articles;
  private final int rawMaxChars;
  private final Utf8Lines utf8 = new Utf8Lines();

  public JsonlRecordParser(ArticleFactory articles, int rawMaxChars) {
    this.articles = articles;
    this.rawMaxChars = rawMaxChars;
  }

  public IngestedRecord parse(byte[] buf, int from, int len, String file, long offset, Long line) {
    if (isBlank(buf, from, len)) {
      return new IngestedRecord.Blank(file, offset);
    }
    if (Utf8Lines.looksBinary(buf, from, len)) {
      return reject(
          RejectReason.BINARY_CONTENT,
          "control bytes in the record",
          buf,
          from,
          len,
          file,
          offset,
          line);
    }
    String text = utf8.decode(buf, from, len);
    if (text == null) {
      return reject(
          RejectReason.INVALID_UTF8,
          "bytes are not valid UTF-8",
          buf,
          from,
          len,
          file,
          offset,
          line);
    }
    String id = null, source = null, url = null, published = null, title = null, body = null;
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return reject(
            RejectReason.NOT_AN_OBJECT,
            "record is a JSON " + describe(first) + ", not an object",
            buf,
            from,
            len,
            file,
            offset,
            line);
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "id" -> id = scalar(p, v, name, true);
          case "source" -> source = scalar(p, v, name, false);
          case "url" -> url = scalar(p, v, name, false);
          case "published" -> published = scalar(p, v, name, false);
          case "title" -> title = scalar(p, v, name, false);
          case "text" -> body = scalar(p, v, name, false);
          default -> p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT) {
        return reject(
            RejectReason.MALFORMED_JSON, "object not closed", buf, from, len, file, offset, line);
      }
      if (p.nextToken() != null) {
        return reject(
            RejectReason.MALFORMED_JSON,
            "text after the end of the object",
            buf,
            from,
            len,
            file,
            offset,
            line);
      }
    } catch (FieldTypeException e) {
      return reject(
          RejectReason.BAD_FIELD_TYPE, e.getMessage(), buf, from, len, file, offset, line);
    } catch (JsonProcessingException e) {
      return reject(
          RejectReason.MALFORMED_JSON, e.getOriginalMessage(), buf, from, len, file, offset, line);
    } catch (IOException e) {
      return reject(
          RejectReason.MALFORMED_JSON, e.getMessage(), buf, from, len, file, offset, line);
    }
    if (ArticleFactory.isBlank(title) && ArticleFactory.isBlank(body)) {
      return reject(
          RejectReason.NO_CONTENT, "neither title nor text", buf, from, len, file, offset, line);
    }
    return articles.create(id, source, url, title, published, body, file, offset, line);
  }

  private RejectRecord reject(
      RejectReason reason,
      String detail,
      byte[] buf,
      int from,
      int len,
      String file,
      long offset,
      Long line) {
    return new RejectRecord(
        file,
        offset,
        line,
        reason,
        detail,
        Utf8Lines.rawForReject(buf, from, len, rawMaxChars),
        len);
  }

  /**
   * Strings as they are; numbers allowed for the id only (some feeds number their items); null
   * stays null.
   */
  private static String scalar(JsonParser p, JsonToken v, String name, boolean numberOk)
      throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return null;
    }
    if (v == JsonToken.VALUE_STRING || (numberOk && v.isNumeric())) {
      return p.getText();
    }
    throw new FieldTypeException(
        "field '" + name + "' is a JSON " + describe(v) + ", expected a string");
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "array";
      case START_OBJECT -> "object";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase();
    };
  }

  private static boolean isBlank(byte[] b, int from, int len) {
    for (int i = from; i < from + len; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private static final class FieldTypeException extends IOException {
    FieldTypeException(String m) {
      super(m);
    }
  }
}
