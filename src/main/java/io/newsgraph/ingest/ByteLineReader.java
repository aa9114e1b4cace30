package io.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads '\n'-terminated lines as bytes, with the byte offset of each line, so that invalid UTF-8
 * can be caught per record and a reject can say where it sat. The line's bytes stay valid until the
 * next call.
 */
final class ByteLineReader {

  private final InputStream in;
  private final int maxLine;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private long bufStartOffset;
  private boolean eof;

  private byte[] line = new byte[1 << 12];
  private int lineLen;
  private long lineOffset;
  private boolean lineTooLong;
  private long lineTrueLength;

  ByteLineReader(InputStream in, long startOffset, int maxLine) {
    this.in = in;
    this.bufStartOffset = startOffset;
    this.maxLine = maxLine;
  }

  /**
   * Reads the next line; false at the end of input. An IOException leaves the partial line
   * readable.
   */
  boolean next() throws IOException {
    lineLen = 0;
    lineTooLong = false;
    lineTrueLength = 0;
    lineOffset = bufStartOffset + pos;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        if (eof || !fill()) {
          return any;
        }
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < lim; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? lim : nl;
      append(pos, end - pos);
      pos = nl < 0 ? lim : nl + 1;
      if (nl >= 0) {
        return true;
      }
    }
  }

  /**
   * Skips the rest of the current line (used by a split that starts mid-line). Returns bytes
   * skipped.
   */
  long skipLine() throws IOException {
    long skipped = 0;
    while (true) {
      if (pos == lim && (eof || !fill())) {
        return skipped;
      }
      for (int i = pos; i < lim; i++) {
        if (buf[i] == '\n') {
          skipped += i + 1 - pos;
          pos = i + 1;
          return skipped;
        }
      }
      skipped += lim - pos;
      pos = lim;
    }
  }

  private void append(int from, int len) {
    lineTrueLength += len;
    if (lineTooLong) {
      return;
    }
    if (lineLen + len > maxLine) {
      lineTooLong = true;
      int keep = Math.max(0, Math.min(len, (1 << 16) - lineLen));
      ensure(lineLen + keep);
      System.arraycopy(buf, from, line, lineLen, keep);
      lineLen += keep;
      return;
    }
    ensure(lineLen + len);
    System.arraycopy(buf, from, line, lineLen, len);
    lineLen += len;
  }

  private void ensure(int n) {
    if (n > line.length) {
      line = Arrays.copyOf(line, Math.max(n, line.length * 2));
    }
  }

  private boolean fill() throws IOException {
    bufStartOffset += lim;
    pos = 0;
    lim = 0;
    int r = in.read(buf, 0, buf.length);
    if (r <= 0) {
      eof = true;
      return false;
    }
    lim = r;
    return true;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    int n = lineLen;
    if (!lineTooLong && n > 0 && line[n - 1] == '\r') {
      n--;
    }
    return n;
  }

  long offset() {
    return lineOffset;
  }

  boolean tooLong() {
    return lineTooLong;
  }

  long trueLength() {
    return lineTrueLength;
  }

  /** Offset of the next unread byte. */
  long position() {
    return bufStartOffset + pos;
  }
}
