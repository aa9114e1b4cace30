package io.newsgraph.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Word classes learnt from unlabelled news: words written in similar company (the same words before
 * and after them) share a class, so the tagger can generalise from "Sinwar" to a name it never saw
 * in training because both follow "said" and "leader". Each word of a vocabulary has a fine and a
 * coarse class, from two spherical k-means runs over its neighbour profiles: the counts of the
 * frequent words just before and just after it, as probabilities, square-rooted (the Hellinger
 * embedding) and scaled to unit length. Words outside the vocabulary are class 0 ("rare"). Keyed by
 * the lower-cased word hash of {@link DocFeatures}. Immutable once built.
 */
final class WordClusters {
  /** No classes: every word is class 0 (a model trained without them). */
  static final WordClusters NONE = new WordClusters(new WordTable(2));

  private final WordTable classes; // fine << 16 | coarse, both from 1

  private WordClusters(WordTable classes) {
    this.classes = classes;
  }

  /** The word's classes, fine << 16 | coarse; 0 for a word outside the vocabulary. */
  int of(long word) {
    return classes.get(word, 0);
  }

  int size() {
    return classes.size();
  }

  private static WordClusters of(long[] words, int[] packed) {
    WordTable t = new WordTable(words.length * 2);
    for (int i = 0; i < words.length; i++) {
      t.put(words[i], packed[i]);
    }
    return new WordClusters(t);
  }

  void write(DataOutputStream out) throws IOException {
    classes.write(out, false);
  }

  static WordClusters read(DataInputStream in) throws IOException {
    return new WordClusters(WordTable.read(in, 1 << 10, false));
  }

  /**
   * Collects the word sequences of documents, then learns the classes. Deterministic for a seed and
   * the order documents are added in.
   */
  static final class Learner {
    /** Words seen fewer times than this have no class: their neighbour profile is noise. */
    static final int MIN_COUNT = 5;

    /** The most frequent words, whose counts before and after a word make its profile. */
    static final int CONTEXT_WORDS = 600;

    static final int ITERATIONS = 12;

    private final DocFeatures features = new DocFeatures(new Gazetteer(), new CaseLexicon());
    private long[] seq = new long[1 << 20]; // word hashes; 0 between sentences
    private int len;

    void add(io.newsgraph.text.DocTokens tokens) {
      DocFeatures f = features.fill(tokens);
      for (int i = 0; i < f.tokenCount; i++) {
        if ((f.flags[i] & DocFeatures.SENT_START) != 0) {
          push(0);
        }
        push(f.lower[i] | 1);
      }
      push(0);
    }

    private void push(long w) {
      if (len == seq.length) {
        seq = Arrays.copyOf(seq, len * 2);
      }
      seq[len++] = w;
    }

    WordClusters learn(int fine, int coarse, long seed) {
      if (fine <= 0) {
        return NONE;
      }
      Map<Long, int[]> counts = new HashMap<>();
      for (int i = 0; i < len; i++) {
        if (seq[i] != 0) {
          counts.computeIfAbsent(seq[i], k -> new int[1])[0]++;
        }
      }
      // the vocabulary by falling count, ties by hash: independent of the hash map's order
      long[] vocab =
          counts.entrySet().stream()
              .filter(e -> e.getValue()[0] >= MIN_COUNT)
              .sorted(
                  (a, b) ->
                      a.getValue()[0] != b.getValue()[0]
                          ? Integer.compare(b.getValue()[0], a.getValue()[0])
                          : Long.compare(a.getKey(), b.getKey()))
              .mapToLong(Map.Entry::getKey)
              .toArray();
      int v = vocab.length;
      if (v == 0) {
        return NONE;
      }
      Map<Long, Integer> index = new HashMap<>(v * 2);
      for (int i = 0; i < v; i++) {
        index.put(vocab[i], i);
      }
      int ctx = Math.min(CONTEXT_WORDS, v);
      int dims = 2 * (ctx + 2); // before: ctx words, other, edge; after: the same
      float[][] profile = new float[v][];
      int[][] dim = new int[v][];
      {
        // counts per (word, dim) in one long key
        Map<Long, int[]> cell = new HashMap<>();
        for (int i = 0; i < len; i++) {
          if (seq[i] == 0) {
            continue;
          }
          Integer w = index.get(seq[i]);
          if (w == null) {
            continue;
          }
          int before = contextDim(index, ctx, i > 0 ? seq[i - 1] : 0);
          int after = ctx + 2 + contextDim(index, ctx, i + 1 < len ? seq[i + 1] : 0);
          cell.computeIfAbsent((long) w * dims + before, k -> new int[1])[0]++;
          cell.computeIfAbsent((long) w * dims + after, k -> new int[1])[0]++;
        }
        long[] cells = cell.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int[] nnz = new int[v];
        for (long c : cells) {
          nnz[(int) (c / dims)]++;
        }
        for (int w = 0; w < v; w++) {
          dim[w] = new int[nnz[w]];
          profile[w] = new float[nnz[w]];
        }
        int[] fill = new int[v];
        for (long c : cells) {
          int w = (int) (c / dims);
          dim[w][fill[w]] = (int) (c % dims);
          profile[w][fill[w]++] = cell.get(c)[0];
        }
        for (int w = 0; w < v; w++) {
          float[] p = profile[w];
          double sum = 0;
          for (float x : p) {
            sum += x;
          }
          double norm = 0;
          for (int j = 0; j < p.length; j++) {
            p[j] = (float) Math.sqrt(p[j] / sum);
            norm += p[j] * p[j];
          }
          float inv = (float) (1 / Math.sqrt(norm));
          for (int j = 0; j < p.length; j++) {
            p[j] *= inv;
          }
        }
      }
      int[] fineOf = kMeans(profile, dim, dims, Math.min(fine, v), new Random(seed));
      int[] coarseOf = kMeans(profile, dim, dims, Math.min(coarse, v), new Random(seed + 1));
      int[] packed = new int[v];
      for (int w = 0; w < v; w++) {
        packed[w] = (fineOf[w] + 1) << 16 | (coarseOf[w] + 1);
      }
      return of(vocab, packed);
    }

    private static int contextDim(Map<Long, Integer> index, int ctx, long w) {
      if (w == 0) {
        return ctx + 1; // the sentence's edge
      }
      Integer i = index.get(w);
      return i != null && i < ctx ? i : ctx;
    }

    /**
     * Spherical k-means: each word to the centroid of largest dot product, centroids the unit mean
     * of their words. Seeded by k-means++ over cosine distance.
     */
    private static int[] kMeans(float[][] p, int[][] dim, int dims, int k, Random random) {
      int v = p.length;
      float[][] centroid = new float[k][dims];
      // k-means++: the first centroid a random word, each next one drawn by squared distance
      double[] dist = new double[v];
      Arrays.fill(dist, Double.MAX_VALUE);
      int pick = random.nextInt(v);
      for (int c = 0; c < k; c++) {
        for (int j = 0; j < dim[pick].length; j++) {
          centroid[c][dim[pick][j]] = p[pick][j];
        }
        double total = 0;
        for (int w = 0; w < v; w++) {
          double d = 2 - 2 * dot(p[w], dim[w], centroid[c]);
          dist[w] = Math.min(dist[w], Math.max(0, d));
          total += dist[w];
        }
        double r = random.nextDouble() * total;
        pick = v - 1;
        for (int w = 0; w < v; w++) {
          r -= dist[w];
          if (r <= 0) {
            pick = w;
            break;
          }
        }
      }
      int[] assign = new int[v];
      for (int it = 0; it < ITERATIONS; it++) {
        for (int w = 0; w < v; w++) {
          int best = 0;
          double bestDot = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < k; c++) {
            double d = dot(p[w], dim[w], centroid[c]);
            if (d > bestDot) {
              bestDot = d;
              best = c;
            }
          }
          assign[w] = best;
        }
        for (float[] c : centroid) {
          Arrays.fill(c, 0f);
        }
        for (int w = 0; w < v; w++) {
          float[] c = centroid[assign[w]];
          for (int j = 0; j < dim[w].length; j++) {
            c[dim[w][j]] += p[w][j];
          }
        }
        for (float[] c : centroid) {
          double norm = 0;
          for (float x : c) {
            norm += x * x;
          }
          if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int j = 0; j < c.length; j++) {
              c[j] *= inv;
            }
          }
        }
      }
      return assign;
    }

    private static double dot(float[] p, int[] dim, float[] c) {
      double s = 0;
      for (int j = 0; j < p.length; j++) {
        s += p[j] * c[dim[j]];
      }
      return s;
    }
  }
}
