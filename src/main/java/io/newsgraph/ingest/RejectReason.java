package io.newsgraph.ingest;

import java.util.Locale;

/** Why a record was rejected. The lower-case name is what the rejects table stores. */
public enum RejectReason {
  /** The line is not valid JSON. */
  MALFORMED_JSON,
  /** Valid JSON, but not an object. */
  NOT_AN_OBJECT,
  /** A known field has the wrong JSON type (e.g. a number for text). */
  BAD_FIELD_TYPE,
  /** Neither a title nor a text. */
  NO_CONTENT,
  /** The bytes are not valid UTF-8. */
  INVALID_UTF8,
  /** NUL or other control bytes: not text. */
  BINARY_CONTENT,
  /** A single record larger than the job takes. */
  RECORD_TOO_LARGE,
  /** The file ended early or could not be read further (e.g. a truncated .gz). */
  TRUNCATED_INPUT,
  /**
   * A text file that is not one article in the title / body layout (e.g. a tab-separated table).
   */
  NOT_AN_ARTICLE,
  /** The file's name says no format the job reads. */
  UNSUPPORTED_FORMAT,
  /** The same article_id arrived again with different content. */
  DUPLICATE_ID_CONFLICT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
