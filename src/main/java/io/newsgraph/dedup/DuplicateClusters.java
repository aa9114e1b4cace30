package io.newsgraph.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Union-find over near-duplicate pairs. Each cluster's canonical article is its earliest by (date,
 * article_id) — the same order the job uses for exact copies — so the choice does not depend on the
 * order pairs arrive in. Every other member gets {@code dup_of = canonical}. Clusters are the
 * transitive closure of the pairs.
 *
 * <p>Feed it a stream of verified pairs ({@link #union}); members are registered on first sight.
 * Not thread-safe.
 */
public final class DuplicateClusters {

  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private long[] days = new long[16];
  private int[] parent = new int[16];

  /**
   * Registers an article (idempotent: the first date given for an id stays) and returns its index.
   */
  public int add(String articleId, long epochDay) {
    Integer i = index.get(articleId);
    if (i != null) {
      return i;
    }
    int n = ids.size();
    if (n == parent.length) {
      parent = java.util.Arrays.copyOf(parent, n * 2);
      days = java.util.Arrays.copyOf(days, n * 2);
    }
    parent[n] = n;
    days[n] = epochDay;
    ids.add(articleId);
    index.put(articleId, n);
    return n;
  }

  /** Records that a and b are near-duplicates (each registered with its date if new). */
  public void union(String a, long epochDayA, String b, long epochDayB) {
    union(add(a, epochDayA), add(b, epochDayB));
  }

  /** Records that the registered articles with indices i and j are near-duplicates. */
  public void union(int i, int j) {
    int ri = find(i);
    int rj = find(j);
    if (ri == rj) {
      return;
    }
    // The root is always the cluster's canonical: the smaller (date, id).
    if (before(ri, rj)) {
      parent[rj] = ri;
    } else {
      parent[ri] = rj;
    }
  }

  private boolean before(int i, int j) {
    if (days[i] != days[j]) {
      return days[i] < days[j];
    }
    return ids.get(i).compareTo(ids.get(j)) < 0;
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]]; // path halving
      i = parent[i];
    }
    return i;
  }

  /** The canonical article of id's cluster (id itself when it is alone or unknown). */
  public String canonical(String articleId) {
    Integer i = index.get(articleId);
    return i == null ? articleId : ids.get(find(i));
  }

  /** The article id copies, or null when it is canonical (or unknown). */
  public String dupOf(String articleId) {
    String c = canonical(articleId);
    return c.equals(articleId) ? null : c;
  }

  /** Every non-canonical member mapped to its canonical, in registration order. */
  public Map<String, String> dupOf() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      int r = find(i);
      if (r != i) {
        out.put(ids.get(i), ids.get(r));
      }
    }
    return out;
  }

  /**
   * Clusters of two or more articles: canonical id to its members (canonical first, then by (date,
   * id)).
   */
  public Map<String, List<String>> clusters() {
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<Integer>> e : byRoot.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      List<Integer> m = e.getValue();
      m.sort((x, y) -> x.equals(y) ? 0 : before(x, y) ? -1 : 1);
      out.put(ids.get(e.getKey()), m.stream().map(ids::get).toList());
    }
    return out;
  }

  /** Articles registered. */
  public int size() {
    return ids.size();
  }
}
