package io.newsgraph.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LSH banding over {@link MinHashSignature}s and the verification of candidate pairs.
 *
 * <p>At scale (Spark): emit {@link #bandKeys} per article, group by key, pair the articles within each group
 * (after the {@link #withinWindow date window}), keep the pairs {@link #similar}, feed them to
 * {@link DuplicateClusters}. In memory: {@link #duplicatePairs}.
 */
public final class NearDuplicateIndex {

  private final DedupParams params;

  public NearDuplicateIndex(DedupParams params) {
    this.params = params;
  }

  public NearDuplicateIndex() {
    this(DedupParams.DEFAULT);
  }

  public DedupParams params() {
    return params;
  }

  /**
   * One key per band: a 64-bit hash of the band index and the band's rows. Two articles share a key only in the
   * same band. Keys from different bands never need to be told apart, as the band index is hashed in (a chance
   * collision only costs a verification). An empty signature has no keys.
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

  /** Estimated Jaccard similarity: the share of positions where the two signatures agree. */
  public static double jaccard(MinHashSignature a, MinHashSignature b) {
    long[] x = a.values();
    long[] y = b.values();
    if (x.length != y.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + x.length + ", " + y.length);
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

  /** The verification: estimated Jaccard at least the threshold (empty signatures are never similar). */
  public boolean similar(MinHashSignature a, MinHashSignature b) {
    return jaccard(a, b) >= params.threshold();
  }

  /** Dates (as epoch days, {@code LocalDate.toEpochDay()}) close enough for the two articles to be one story. */
  public boolean withinWindow(long epochDayA, long epochDayB) {
    return Math.abs(epochDayA - epochDayB) <= params.maxDaysApart();
  }

  /** Both checks: within the date window and similar. */
  public boolean duplicates(MinHashSignature a, long epochDayA, MinHashSignature b, long epochDayB) {
    return withinWindow(epochDayA, epochDayB) && similar(a, b);
  }

  /** Candidate pairs {i, j}, i &lt; j, sharing at least one band key, each pair once, in no particular order. */
  public List<int[]> candidatePairs(List<MinHashSignature> sigs) {
    return pairs(sigs, null, false);
  }

  /**
   * Verified near-duplicate pairs {i, j}, i &lt; j: candidates within the date window that are {@link #similar}.
   *
   * @param epochDays the articles' dates as epoch days, or null to ignore dates
   */
  public List<int[]> duplicatePairs(List<MinHashSignature> sigs, long[] epochDays) {
    return pairs(sigs, epochDays, true);
  }

  /**
   * Verified pairs of one block of days (see the Spark stage): as {@link #duplicatePairs(List, long[])}, except that
   * two guests never pair. Guests are articles lent by the block before, for the pairs across the boundary; a pair
   * of two guests is found in their own block.
   */
  public List<int[]> duplicatePairs(List<MinHashSignature> sigs, long[] epochDays, boolean[] guests) {
    return pairs(sigs, epochDays, true, guests);
  }

  private List<int[]> pairs(List<MinHashSignature> sigs, long[] days, boolean verify) {
    return pairs(sigs, days, verify, null);
  }

  private List<int[]> pairs(List<MinHashSignature> sigs, long[] days, boolean verify, boolean[] guests) {
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
          if (days != null && !withinWindow(days[i], days[j]) || guests != null && guests[i] && guests[j]) {
            continue;
          }
          long key = ((long) Math.min(i, j) << 32) | Math.max(i, j);
          if (!seen.add(key)) {
            continue;
          }
          if (verify && !similar(sigs.get(i), sigs.get(j))) {
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
      throw new IllegalArgumentException("signature of " + n + " values, expected " + params.numHashes());
    }
  }
}
