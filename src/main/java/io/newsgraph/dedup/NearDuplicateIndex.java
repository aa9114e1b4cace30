package io.newsgraph.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LSH banding over {@link MinHashSignature}s and the verification of candidate pairs by the exact
 * similarity of their {@link ShingleSet}s.
 *
 * <p>At scale (Spark): emit {@link #bandKeys} per article, group by key, pair the articles within
 * each group (after the {@link #withinWindow date window}), keep the pairs {@link #similar}, feed
 * them to {@link DuplicateClusters}. In memory: {@link #duplicatePairs}.
 */
public final class NearDuplicateIndex {

  private final DedupParams params;
  private final MinHasher hasher;

  public NearDuplicateIndex(DedupParams params) {
    this.params = params;
    this.hasher = new MinHasher(params);
  }

  public NearDuplicateIndex() {
    this(DedupParams.DEFAULT);
  }

  public DedupParams params() {
    return params;
  }

  /**
   * One key per band: a 64-bit hash of the band index and the band's rows. Two articles share a key
   * only in the same band. Keys from different bands never need to be told apart, as the band index
   * is hashed in (a chance collision only costs a verification). An empty signature has no keys.
   */
  public long[] bandKeys(MinHashSignature sig) {
    if (sig.isEmpty()) {
      return new long[0];
    }
    long[] v = sig.values();
    checkSize(v.length);
    int rows = params.rows();
    long[] keys = new long[params.bands()];
    for (int b = 0; b < keys.length; b++) {
      long h = Hash64.fmix(b + 1L);
      for (int r = b * rows, end = r + rows; r < end; r++) {
        h = Hash64.combine(h, v[r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /**
   * Estimated Jaccard similarity: the share of positions where the two signatures agree (not used
   * to decide).
   */
  public static double jaccard(MinHashSignature a, MinHashSignature b) {
    long[] x = a.values();
    long[] y = b.values();
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "signatures of different lengths: " + x.length + ", " + y.length);
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }

  /**
   * The verification: exact Jaccard of the shingle sets at least the threshold (empty sets never
   * are).
   */
  public boolean similar(ShingleSet a, ShingleSet b) {
    return ShingleSet.jaccard(a, b) >= params.threshold();
  }

  /**
   * Dates (as epoch days, {@code LocalDate.toEpochDay()}) close enough for the two articles to be
   * one story.
   */
  public boolean withinWindow(long epochDayA, long epochDayB) {
    return Math.abs(epochDayA - epochDayB) <= params.maxDaysApart();
  }

  /** Both checks: within the date window and similar. */
  public boolean duplicates(ShingleSet a, long epochDayA, ShingleSet b, long epochDayB) {
    return withinWindow(epochDayA, epochDayB) && similar(a, b);
  }

  /**
   * Candidate pairs {i, j}, i &lt; j, sharing at least one band key, each pair once, in no
   * particular order.
   */
  public List<int[]> candidatePairs(List<MinHashSignature> sigs) {
    return pairs(sigs, null);
  }

  /**
   * Verified near-duplicate pairs {i, j}, i &lt; j: candidates (sharing a band key of the
   * signatures) within the date window that are {@link #similar} by their exact similarity.
   *
   * @param epochDays the articles' dates as epoch days, or null to ignore dates
   */
  public List<int[]> duplicatePairs(List<ShingleSet> sets, long[] epochDays) {
    List<MinHashSignature> sigs = new ArrayList<>(sets.size());
    for (ShingleSet s : sets) {
      sigs.add(hasher.signature(s));
    }
    List<int[]> out = new ArrayList<>();
    for (int[] p : pairs(sigs, epochDays)) {
      if (similar(sets.get(p[0]), sets.get(p[1]))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * LSH buckets up to this size pair all their members; a larger one pairs each member with this
   * many next members in date order (see {@link #blockPairs}).
   */
  public static final int FULL_BUCKET = 32;

  /**
   * Verified pairs {i, j}, i &lt; j, of one block of days (the Spark stage), in memory and time
   * linear in the block: per band, the articles sorted by band key (then date) form the buckets; a
   * bucket of up to {@link #FULL_BUCKET} members pairs all of them, a larger one (boilerplate, or
   * one story copied many times) pairs each member with the next {@link #FULL_BUCKET} in date
   * order, which still links a story's copies into one cluster. Two guests never pair: guests are
   * articles lent by the block before, for the pairs across the boundary, and a pair of two guests
   * is found in their own block. Pairs are within the date window and {@link #similar}; each is
   * returned once.
   *
   * <p>Unlike {@link #duplicatePairs(List, long[])} (all pairs of every bucket, for evaluation), a
   * synthetic corpus that reuses paragraphs cannot make this quadratic: a 5 GB one made buckets of
   * thousands.
   */
  public List<int[]> blockPairs(ShingleSet[] sets, int[] days, boolean[] guests) {
    int n = sets.length;
    int bands = params.bands();
    long[] keys = new long[n * bands];
    int live = 0;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      long[] k = bandKeys(hasher.signature(sets[i]));
      if (k.length > 0) { // an empty signature is never similar to anything
        System.arraycopy(k, 0, keys, i * bands, bands);
        order[live++] = i;
      }
    }
    Set<Long> checked = new HashSet<>(); // a pair sharing several bands is verified once
    List<int[]> out = new ArrayList<>();
    // Per band, (high 32 bits of the key, index) packed in a long and sorted as primitives: the
    // runs of equal high
    // bits are the buckets. Two different keys share their high bits with probability 2^-32, which
    // only costs a
    // verification.
    long[] packed = new long[live];
    long[] byDay = new long[live];
    for (int b = 0; b < bands; b++) {
      for (int x = 0; x < live; x++) {
        int i = order[x];
        packed[x] = (keys[i * bands + b] & 0xFFFFFFFF00000000L) | i;
      }
      java.util.Arrays.sort(packed, 0, live);
      int start = 0;
      while (start < live) {
        long bucket = packed[start] & 0xFFFFFFFF00000000L;
        int end = start + 1;
        while (end < live && (packed[end] & 0xFFFFFFFF00000000L) == bucket) {
          end++;
        }
        int size = end - start;
        boolean full = size <= FULL_BUCKET;
        if (!full) { // a large bucket pairs each member with its next FULL_BUCKET in date order
          for (int x = 0; x < size; x++) {
            int i = (int) packed[start + x];
            byDay[x] = ((long) days[i] << 32) | i;
          }
          java.util.Arrays.sort(byDay, 0, size);
        }
        for (int x = 0; x < size; x++) {
          int last = full ? size : Math.min(size, x + 1 + FULL_BUCKET);
          int ix = full ? (int) packed[start + x] : (int) byDay[x];
          for (int y = x + 1; y < last; y++) {
            int iy = full ? (int) packed[start + y] : (int) byDay[y];
            int i = Math.min(ix, iy);
            int j = Math.max(ix, iy);
            if (guests[i] && guests[j] || !withinWindow(days[i], days[j])) {
              continue;
            }
            long pair = ((long) i << 32) | j;
            if (checked.add(pair) && similar(sets[i], sets[j])) {
              out.add(new int[] {i, j});
            }
          }
        }
        start = end;
      }
    }
    return out;
  }

  private List<int[]> pairs(List<MinHashSignature> sigs, long[] days) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < sigs.size(); i++) {
      for (long k : bandKeys(sigs.get(i))) {
        buckets.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        int i = bucket.get(x);
        for (int y = x + 1; y < bucket.size(); y++) {
          int j = bucket.get(y);
          if (days != null && !withinWindow(days[i], days[j])) {
            continue;
          }
          long key = ((long) Math.min(i, j) << 32) | Math.max(i, j);
          if (!seen.add(key)) {
            continue;
          }
          out.add(new int[] {Math.min(i, j), Math.max(i, j)});
        }
      }
    }
    return out;
  }

  private void checkSize(int n) {
    if (n != params.numHashes()) {
      throw new IllegalArgumentException(
          "signature of " + n + " values, expected " + params.numHashes());
    }
  }
}
