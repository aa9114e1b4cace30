package io.newsgraph.actors;

/** A bad dictionary row or file; the message names the file, the (1-based) line and the field. */
public final class ActorDictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String field;

  public ActorDictionaryException(String file, long line, String field, String message) {
    super(file + " line " + line + ", field " + field + ": " + message);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  public ActorDictionaryException(String file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
    this.line = 0;
    this.field = "";
  }

  public String file() {
    return file;
  }

  /** 1-based line of the record start; 0 when not tied to a line. */
  public long line() {
    return line;
  }

  public String field() {
    return field;
  }
}
