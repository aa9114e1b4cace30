package io.newsgraph.cooccur;

import java.util.Arrays;

/**
 * The actor pairs of one article: one pair per unordered pair of distinct actors the article names,
 * ordered {@code actorA < actorB} in Spark's string order ({@link Utf8Order}), with the sentences
 * naming both and, over those sentences, the sum, sum of squares, lowest and highest sentence tone
 * and how many are positive / negative.
 *
 * <p>Counting rules (README, "Tables"): an actor is counted once per article, and a sentence once
 * per pair even when an actor is named in it twice. Sentence tone is a property of the sentence;
 * when an article's mentions disagree about a sentence's tone, the one added first counts.
 *
 * <p>Use: {@link #add} every mention of one article, then read its distinct {@link #actors} and /
 * or {@link #next} through its pairs (the getters describe the current pair), then {@link #clear}
 * before the next article. One instance per thread; its buffers grow to the largest article seen
 * and are reused, and nothing is allocated per mention. Memory is linear in the mentions and actors
 * of the article, never in its pairs: the figures of the pairs (a, b) are built, for all b at once,
 * when the cursor reaches a.
 */
public final class ArticlePairs {

  /** A sentence is positive at VADER compound &ge; 0.05, negative at &le; -0.05. */
  public static final double POSITIVE = 0.05;

  public static final double NEGATIVE = -0.05;

  // the mentions, as added
  private String[] mentionActor = new String[16];
  private int[] mentionSentence = new int[16];
  private double[] mentionTone = new double[16];
  private int mentions;

  // distinct actors in order; ordinal = index
  private String[] actors = new String[16];
  private int actorCount;
  private int[] actorOf = new int[16];
  // (sentence << 32 | mention) sorted: the mentions by sentence
  private long[] bySentence = new long[16];
  // sentences naming at least one actor: tone, and their distinct actors in
  // groupActors[groupStart[g]..[g + 1])
  private double[] groupTone = new double[16];
  private int[] groupStart = new int[17];
  private int[] groupActors = new int[16];
  private int groups;
  // each actor's sentences (group numbers, ascending) in actorGroups[actorStart[a]..[a + 1])
  private int[] actorStart = new int[17];
  private int[] actorGroups = new int[16];
  private int[] lastGroup = new int[16];
  // mentions of each actor
  private int[] actorMentions = new int[16];

  // figures of every pair (a, b > a), indexed by b, for the current a
  private int[] shared = new int[16];
  private double[] toneSums = new double[16];
  private double[] toneSquareSums = new double[16];
  private double[] toneMins = new double[16];
  private double[] toneMaxes = new double[16];
  private int[] positives = new int[16];
  private int[] negatives = new int[16];

  // cursor over the pairs (a, b); a is -1 until the article is indexed
  private int a = -1;
  private int b;
  private int pairShared;
  private double pairToneSum;
  private double pairToneSquares;
  private double pairToneMin;
  private double pairToneMax;
  private int pairPositive;
  private int pairNegative;

  /** One mention of the current article. */
  public void add(String actorId, int sentenceIdx, double sentenceTone) {
    if (sentenceIdx < 0) {
      throw new IllegalArgumentException(
          "negative sentence index " + sentenceIdx + " for " + actorId);
    }
    if (a >= 0) {
      throw new IllegalStateException("add() after the article was read: clear() first");
    }
    if (mentions == mentionActor.length) {
      int n = mentions * 2;
      mentionActor = Arrays.copyOf(mentionActor, n);
      mentionSentence = Arrays.copyOf(mentionSentence, n);
      mentionTone = Arrays.copyOf(mentionTone, n);
    }
    mentionActor[mentions] = actorId;
    mentionSentence[mentions] = sentenceIdx;
    mentionTone[mentions] = sentenceTone;
    mentions++;
  }

  /** Mentions added since the last {@link #clear}. */
  public int mentions() {
    return mentions;
  }

  /** Forgets the current article (keeps the buffers). */
  public void clear() {
    Arrays.fill(mentionActor, 0, mentions, null);
    Arrays.fill(actors, 0, actorCount, null);
    mentions = 0;
    actorCount = 0;
    groups = 0;
    a = -1;
  }

  /** Distinct actors of the article. */
  public int actors() {
    start();
    return actorCount;
  }

  /** The i-th distinct actor of the article, in {@link Utf8Order}. */
  public String actor(int i) {
    start();
    if (i >= actorCount) {
      throw new IndexOutOfBoundsException("actor " + i + " of " + actorCount);
    }
    return actors[i];
  }

  /** Mentions of the i-th distinct actor (an actor named twice in a sentence counts twice). */
  public int mentionsOf(int i) {
    start();
    return actorMentions[checked(i)];
  }

  /** Distinct sentences naming the i-th distinct actor. */
  public int sentencesOf(int i) {
    start();
    checked(i);
    return actorStart[i + 1] - actorStart[i];
  }

  /** Tone of the k-th sentence (in sentence order) naming the i-th distinct actor. */
  public double sentenceToneOf(int i, int k) {
    if (k < 0 || k >= sentencesOf(i)) {
      throw new IndexOutOfBoundsException("sentence " + k + " of " + sentencesOf(i));
    }
    return groupTone[actorGroups[actorStart[i] + k]];
  }

  private int checked(int i) {
    if (i < 0 || i >= actorCount) {
      throw new IndexOutOfBoundsException("actor " + i + " of " + actorCount);
    }
    return i;
  }

  /** Moves to the next pair of the article; false when there is none left. */
  public boolean next() {
    start();
    while (true) {
      b++;
      if (b < actorCount) {
        take(b);
        return true;
      }
      if (a + 2 >= actorCount) {
        b = actorCount;
        return false;
      }
      a++;
      b = a;
      accumulate(a);
    }
  }

  public String actorA() {
    return actors[a];
  }

  public String actorB() {
    return actors[b];
  }

  /** Sentences naming both actors (0 when they are only named in different sentences). */
  public int sharedSentences() {
    return pairShared;
  }

  /** Sum of the tone of the shared sentences. */
  public double toneSum() {
    return pairToneSum;
  }

  /** Sum of the squared tone of the shared sentences. */
  public double toneSquares() {
    return pairToneSquares;
  }

  /** Lowest tone of the shared sentences (undefined when there is none). */
  public double toneMin() {
    return pairToneMin;
  }

  /** Highest tone of the shared sentences (undefined when there is none). */
  public double toneMax() {
    return pairToneMax;
  }

  /** Shared sentences with tone &ge; {@link #POSITIVE}. */
  public int positiveSentences() {
    return pairPositive;
  }

  /** Shared sentences with tone &le; {@link #NEGATIVE}. */
  public int negativeSentences() {
    return pairNegative;
  }

  /** Indexes the article once its mentions are in, and puts the cursor before its first pair. */
  private void start() {
    if (a >= 0) {
      return;
    }
    index();
    a = 0;
    b = 0;
    if (actorCount > 1) {
      accumulate(a);
    }
  }

  /** Builds the actor ordinals, the sentences with their actors, and each actor's sentences. */
  private void index() {
    rankActors();
    bySentence = ensure(bySentence, mentions);
    for (int i = 0; i < mentions; i++) {
      bySentence[i] = (long) mentionSentence[i] << 32 | i;
    }
    Arrays.sort(bySentence, 0, mentions);

    groupTone = ensure(groupTone, mentions);
    groupStart = ensure(groupStart, mentions + 1);
    groupActors = ensure(groupActors, mentions);
    lastGroup = ensure(lastGroup, actorCount);
    Arrays.fill(lastGroup, 0, actorCount, -1);
    actorMentions = ensure(actorMentions, actorCount);
    Arrays.fill(actorMentions, 0, actorCount, 0);
    actorStart = ensure(actorStart, actorCount + 1);
    Arrays.fill(actorStart, 0, actorCount + 1, 0);
    groups = 0;
    int entries = 0;
    int previous = -1;
    for (int i = 0; i < mentions; i++) {
      int sentence = (int) (bySentence[i] >>> 32);
      int mention = (int) bySentence[i];
      if (sentence != previous) {
        groupStart[groups] = entries;
        groupTone[groups] = mentionTone[mention];
        groups++;
        previous = sentence;
      }
      int actor = actorOf[mention];
      actorMentions[actor]++;
      if (lastGroup[actor] != groups - 1) {
        lastGroup[actor] = groups - 1;
        groupActors[entries++] = actor;
        actorStart[actor + 1]++;
      }
    }
    groupStart[groups] = entries;

    for (int x = 0; x < actorCount; x++) {
      actorStart[x + 1] += actorStart[x];
    }
    actorGroups = ensure(actorGroups, entries);
    // actorStart[x] is the next free slot of x while filling, then shifted back to the start
    for (int g = 0; g < groups; g++) {
      for (int e = groupStart[g]; e < groupStart[g + 1]; e++) {
        actorGroups[actorStart[groupActors[e]]++] = g;
      }
    }
    for (int x = actorCount; x > 0; x--) {
      actorStart[x] = actorStart[x - 1];
    }
    actorStart[0] = 0;

    shared = ensure(shared, actorCount);
    toneSums = ensure(toneSums, actorCount);
    toneSquareSums = ensure(toneSquareSums, actorCount);
    toneMins = ensure(toneMins, actorCount);
    toneMaxes = ensure(toneMaxes, actorCount);
    positives = ensure(positives, actorCount);
    negatives = ensure(negatives, actorCount);
    // an article left before its last pair leaves figures behind
    Arrays.fill(shared, 0, actorCount, 0);
    Arrays.fill(toneSums, 0, actorCount, 0);
    Arrays.fill(toneSquareSums, 0, actorCount, 0);
    Arrays.fill(positives, 0, actorCount, 0);
    Arrays.fill(negatives, 0, actorCount, 0);
  }

  /** Distinct actors sorted in Spark's string order, and each mention's ordinal among them. */
  private void rankActors() {
    actors = ensure(actors, mentions);
    System.arraycopy(mentionActor, 0, actors, 0, mentions);
    Arrays.sort(actors, 0, mentions, Utf8Order.COMPARATOR);
    actorCount = 0;
    for (int i = 0; i < mentions; i++) {
      if (actorCount == 0 || !actors[i].equals(actors[actorCount - 1])) {
        actors[actorCount++] = actors[i];
      }
    }
    Arrays.fill(actors, actorCount, mentions, null);
    actorOf = ensure(actorOf, mentions);
    for (int i = 0; i < mentions; i++) {
      actorOf[i] =
          Arrays.binarySearch(actors, 0, actorCount, mentionActor[i], Utf8Order.COMPARATOR);
    }
  }

  /**
   * The figures of every pair (first, b > first), over the sentences naming first; the slots b >
   * first are zero.
   */
  private void accumulate(int first) {
    for (int i = actorStart[first]; i < actorStart[first + 1]; i++) {
      int g = actorGroups[i];
      double tone = groupTone[g];
      for (int e = groupStart[g]; e < groupStart[g + 1]; e++) {
        int other = groupActors[e];
        if (other > first) {
          if (shared[other] == 0 || tone < toneMins[other]) {
            toneMins[other] = tone;
          }
          if (shared[other] == 0 || tone > toneMaxes[other]) {
            toneMaxes[other] = tone;
          }
          shared[other]++;
          toneSums[other] += tone;
          toneSquareSums[other] += tone * tone;
          if (tone >= POSITIVE) {
            positives[other]++;
          } else if (tone <= NEGATIVE) {
            negatives[other]++;
          }
        }
      }
    }
  }

  /** Makes pair (a, second) current and zeroes its slot for the next a. */
  private void take(int second) {
    pairShared = shared[second];
    pairToneSum = toneSums[second];
    pairToneSquares = toneSquareSums[second];
    pairToneMin = toneMins[second];
    pairToneMax = toneMaxes[second];
    pairPositive = positives[second];
    pairNegative = negatives[second];
    shared[second] = 0;
    toneSums[second] = 0;
    toneSquareSums[second] = 0;
    positives[second] = 0;
    negatives[second] = 0;
  }

  private static int[] ensure(int[] array, int size) {
    return array.length >= size ? array : new int[Math.max(size, array.length * 2)];
  }

  private static long[] ensure(long[] array, int size) {
    return array.length >= size ? array : new long[Math.max(size, array.length * 2)];
  }

  private static double[] ensure(double[] array, int size) {
    return array.length >= size ? array : new double[Math.max(size, array.length * 2)];
  }

  private static String[] ensure(String[] array, int size) {
    return array.length >= size ? array : new String[Math.max(size, array.length * 2)];
  }
}
