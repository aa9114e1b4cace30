package io.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Streams the records of one {@link InputSplit} from any Hadoop file system, one at a time, so a
 * task's memory does not grow with its input. Read errors become a {@link
 * RejectReason#TRUNCATED_INPUT} reject rather than a failed task: what was read before the error is
 * kept.
 */
public final class SplitReader implements Iterator<IngestedRecord>, AutoCloseable {

  /** One record may be this large; a larger one is rejected (its first bytes kept). */
  public static final int MAX_RECORD_BYTES = 64 << 20;

  private final InputSplit split;
  private final JsonlRecordParser jsonl;
  private final TextArticleParser text;
  private final int rawMaxChars;
  private final ArrayDeque<IngestedRecord> pending = new ArrayDeque<>();
  private InputStream in;
  private ByteLineReader lines;
  private boolean done;

  /** An uncompressed byte range of a larger file: stop at the range's end. */
  private boolean ranged;

  private long lineNo;

  public SplitReader(
      InputSplit split, Configuration conf, ArticleFactory factory, int rawMaxChars) {
    this.split = split;
    this.rawMaxChars = rawMaxChars;
    this.jsonl = new JsonlRecordParser(factory, rawMaxChars);
    this.text = new TextArticleParser(factory, rawMaxChars);
    try {
      open(conf);
    } catch (IOException e) {
      pending.add(
          new RejectRecord(
              split.path(),
              split.start(),
              null,
              RejectReason.TRUNCATED_INPUT,
              "cannot open: " + e,
              "",
              0));
      done = true;
    }
  }

  private void open(Configuration conf) throws IOException {
    if (split.format() == InputFormat.UNSUPPORTED) {
      pending.add(
          new RejectRecord(
              split.path(),
              0,
              null,
              RejectReason.UNSUPPORTED_FORMAT,
              "file name has no known extension (.jsonl, .ndjson, .json, .txt, optionally compressed)",
              "",
              split.fileSize()));
      done = true;
      return;
    }
    Path path = new Path(split.path());
    FileSystem fs = path.getFileSystem(conf);
    FSDataInputStream raw = fs.open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    if (codec != null) {
      in = codec.createInputStream(raw);
    } else {
      in = raw;
      if (split.start() > 0) {
        raw.seek(split.start() - 1);
      }
    }
    if (split.format() == InputFormat.TEXT) {
      readTextFile();
      done = true;
      return;
    }
    ranged = codec == null && !split.wholeFile();
    long startOffset = codec == null && split.start() > 0 ? split.start() - 1 : 0;
    lines = new ByteLineReader(in, startOffset, MAX_RECORD_BYTES);
    if (split.start() > 0) {
      // The line that straddles our start belongs to the previous split.
      lines.skipLine();
    } else {
      lineNo = 0;
    }
  }

  private void readTextFile() throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    byte[] b = new byte[1 << 16];
    try {
      int r;
      while ((r = in.read(b)) > 0) {
        bos.write(b, 0, r);
        if (bos.size() > MAX_RECORD_BYTES) {
          pending.add(
              new RejectRecord(
                  split.path(),
                  0,
                  1L,
                  RejectReason.RECORD_TOO_LARGE,
                  "text article over " + MAX_RECORD_BYTES + " bytes",
                  Utf8Lines.rawForReject(
                      bos.toByteArray(), 0, Math.min(bos.size(), 1 << 16), rawMaxChars),
                  bos.size()));
          return;
        }
      }
    } catch (IOException e) {
      byte[] got = bos.toByteArray();
      pending.add(
          new RejectRecord(
              split.path(),
              0,
              1L,
              RejectReason.TRUNCATED_INPUT,
              "read failed: " + e,
              Utf8Lines.rawForReject(got, 0, got.length, rawMaxChars),
              got.length));
      return;
    } finally {
      in.close();
    }
    byte[] all = bos.toByteArray();
    pending.addAll(text.parse(all, all.length, split.path()));
  }

  @Override
  public boolean hasNext() {
    if (!pending.isEmpty()) {
      return true;
    }
    if (done) {
      return false;
    }
    advance();
    return !pending.isEmpty();
  }

  @Override
  public IngestedRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }

  private void advance() {
    try {
      // Lines that start at or after our end belong to the next split.
      if (ranged && lines.position() >= split.end()) {
        finish();
        return;
      }
      if (!lines.next()) {
        finish();
        return;
      }
      lineNo++;
      Long line = split.start() == 0 ? lineNo : null;
      if (lines.tooLong()) {
        pending.add(
            new RejectRecord(
                split.path(),
                lines.offset(),
                line,
                RejectReason.RECORD_TOO_LARGE,
                "record of "
                    + lines.trueLength()
                    + " bytes is over the limit of "
                    + MAX_RECORD_BYTES,
                Utf8Lines.rawForReject(lines.bytes(), 0, lines.length(), rawMaxChars),
                lines.trueLength()));
        return;
      }
      // A UTF-8 byte-order mark (editors on Windows write one) opens the file, not the first
      // record.
      int from =
          lineNo == 1
                  && split.start() == 0
                  && Utf8Lines.startsWithBom(lines.bytes(), lines.length())
              ? 3
              : 0;
      pending.add(
          jsonl.parse(
              lines.bytes(), from, lines.length() - from, split.path(), lines.offset(), line));
    } catch (IOException e) {
      // A truncated .gz or a failing disk: keep what the partial line holds, then stop this split.
      int n = lines.length();
      pending.add(
          new RejectRecord(
              split.path(),
              lines.offset(),
              split.start() == 0 ? lineNo + 1 : null,
              RejectReason.TRUNCATED_INPUT,
              "read failed after byte " + lines.offset() + ": " + e.getMessage(),
              Utf8Lines.rawForReject(lines.bytes(), 0, n, rawMaxChars),
              n));
      finish();
    }
  }

  private void finish() {
    done = true;
    close();
  }

  @Override
  public void close() {
    try {
      if (in != null) {
        in.close();
      }
    } catch (IOException ignored) {
      // Closing a read-only stream: nothing is lost.
    }
  }
}
