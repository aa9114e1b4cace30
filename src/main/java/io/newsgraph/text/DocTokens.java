package io.newsgraph.text;

/**
 * The chars of one document, its sentences and the {@link Tokenizer} tokens of each, computed once
 * and read by every annotator step (VADER, GDELT tone, actor matching, discovery), which used to
 * tokenise each sentence again. The chars are a copy in a char[], which the scanners read without
 * String.charAt's coder and bounds checks. Tokens are {@code [start,end)} offsets into the
 * document, all sentences in one array; sentence k owns tokens {@code [firstToken(k), firstToken(k
 * + 1))}. Reusable (call {@link #fill} per document); not thread-safe.
 */
public final class DocTokens {
  private final IntList sentences = new IntList(256);
  private final IntList tokens = new IntList(4096);

  /** First token index of each sentence, plus the total token count at the end. */
  private final IntList firstToken = new IntList(128);

  private char[] chars = new char[16384];
  private int length;

  /**
   * Tokenises every sentence of doc; sentences: [start,end) pairs from {@link SentenceSplitter}
   * (copied).
   */
  public DocTokens fill(CharSequence doc, IntList sentences) {
    length = doc.length();
    if (chars.length <= length) {
      chars = new char[Math.max(length + 1, 2 * chars.length)];
    }
    doc.toString().getChars(0, length, chars, 0);
    // a look-ahead one past the end (a code point read at the last char) finds no low surrogate, as
    // in a String
    chars[length] = 0;
    this.sentences.clear();
    tokens.clear();
    firstToken.clear();
    int ns = sentences.size() / 2;
    for (int k = 0; k < ns; k++) {
      int ss = sentences.get(2 * k);
      int se = sentences.get(2 * k + 1);
      this.sentences.add(ss, se);
      firstToken.add(tokens.size() / 2);
      Tokenizer.INSTANCE.tokenize(chars, ss, se, tokens);
    }
    firstToken.add(tokens.size() / 2);
    return this;
  }

  /** A new instance filled with doc's tokens (for callers outside the per-document hot path). */
  public static DocTokens of(CharSequence doc, IntList sentences) {
    return new DocTokens().fill(doc, sentences);
  }

  /**
   * The document's chars up to {@link #length()}, then a 0 char; the rest is left from earlier
   * documents.
   */
  public char[] chars() {
    return chars;
  }

  /** The document's length in chars. */
  public int length() {
    return length;
  }

  public int sentenceCount() {
    return sentences.size() / 2;
  }

  public int sentenceStart(int k) {
    return sentences.get(2 * k);
  }

  public int sentenceEnd(int k) {
    return sentences.get(2 * k + 1);
  }

  /**
   * Index of the first token of sentence k; {@code firstToken(sentenceCount())} is the token count.
   */
  public int firstToken(int k) {
    return firstToken.get(k);
  }

  /** Token offsets: token i is {@code [raw[2i], raw[2i+1])}; valid up to 2 * token count. */
  public int[] rawTokens() {
    return tokens.rawArray();
  }
}
