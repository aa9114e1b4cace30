package io.newsgraph.dedup;

/**
 * Settings of near-duplicate detection. {@link #DEFAULT} is what the job uses; see {@code
 * package-info.java} for why these values.
 *
 * @param numHashes k, the signature length (hash functions)
 * @param bands LSH bands; {@code numHashes} must be a multiple. Rows per band = numHashes / bands.
 *     Pairs with Jaccard s become candidates with probability 1 - (1 - s^rows)^bands
 * @param shingleWords words per shingle (word n-grams over the normalised text)
 * @param threshold a candidate pair is a near-duplicate when the estimated Jaccard similarity is at
 *     least this
 * @param maxDaysApart a pair is only a near-duplicate when the articles' dates differ by at most
 *     this many days (recurring headlines such as "live updates" on different days are different
 *     stories)
 * @param seed seed of the hash family (changing it changes every signature)
 */
public record DedupParams(
    int numHashes, int bands, int shingleWords, double threshold, int maxDaysApart, long seed)
    implements java.io.Serializable {

  public static final DedupParams DEFAULT = new DedupParams(128, 32, 2, 0.70, 3, 0x6E657773L);

  public DedupParams {
    if (numHashes <= 0 || bands <= 0 || numHashes % bands != 0) {
      throw new IllegalArgumentException(
          "numHashes must be a positive multiple of bands: " + numHashes + "/" + bands);
    }
    if (shingleWords <= 0) {
      throw new IllegalArgumentException("shingleWords must be positive");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]");
    }
    if (maxDaysApart < 0) {
      throw new IllegalArgumentException("maxDaysApart must be >= 0");
    }
  }

  public int rows() {
    return numHashes / bands;
  }

  public DedupParams withThreshold(double t) {
    return new DedupParams(numHashes, bands, shingleWords, t, maxDaysApart, seed);
  }

  public DedupParams withShingleWords(int n) {
    return new DedupParams(numHashes, bands, n, threshold, maxDaysApart, seed);
  }

  public DedupParams withMaxDaysApart(int d) {
    return new DedupParams(numHashes, bands, shingleWords, threshold, d, seed);
  }
}
