package io.newsgraph.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DedupCoreTest {

  private final MinHasher hasher = new MinHasher();
  private final NearDuplicateIndex index = new NearDuplicateIndex();

  private MinHashSignature sig(String title) {
    return hasher.signature(title, "");
  }

  private ShingleSet set(String title) {
    return hasher.shingles(title, "");
  }

  @Test
  void signaturesAreDeterministicAcrossInstancesAndPinned() {
    MinHashSignature a =
        new MinHasher().signature("Ceasefire talks resume in Cairo", "Delegations met on Monday.");
    MinHashSignature b =
        new MinHasher().signature("Ceasefire talks resume in Cairo", "Delegations met on Monday.");
    assertEquals(a, b);
    assertEquals(128, a.size());
    // 9 words, 8 distinct bigrams, no numbers
    assertEquals(
        8,
        new MinHasher()
            .shingles("Ceasefire talks resume in Cairo", "Delegations met on Monday.")
            .size());
  }

  @Test
  void caseAndPunctuationFold() {
    assertEquals(sig("Israel-Hamas war: live updates"), sig("ISRAEL HAMAS WAR — live updates!"));
    assertEquals(sig("Israel's allies warn Iran"), sig("Israel’s allies warn Iran"));
    assertEquals(
        sig("Israel's allies warn Iran"), sig("Israel allies warn Iran"), "possessive dropped");
    assertEquals(sig("Don't stop the aid"), sig("Dont stop the aid"));
  }

  @Test
  void numbersKeepSerialItemsApart() {
    ShingleSet d154 = set("Israel’s war on Gaza: List of key events, day 154 - Al Jazeera English");
    ShingleSet d156 = set("Israel’s war on Gaza: List of key events, day 156 - Al Jazeera English");
    assertFalse(index.similar(d154, d156), "J=" + ShingleSet.jaccard(d154, d156));
    ShingleSet f112 =
        set("Hostilities in the Gaza Strip and Israel | Flash Update #112 [EN/AR/HE] - ReliefWeb");
    ShingleSet f113 =
        set("Hostilities in the Gaza Strip and Israel | Flash Update #113 [EN/AR/HE] - ReliefWeb");
    assertFalse(index.similar(f112, f113), "J=" + ShingleSet.jaccard(f112, f113));
    assertTrue(index.similar(d154, set("Israel's war on Gaza: list of key events, day 154")));
  }

  @Test
  void smallEditsStaySimilarDifferentStoriesDoNot() {
    ShingleSet a =
        set(
            "Forced from their Gaza home by Israeli troops, a family makes a frightening walk "
                + "through a war zone");
    ShingleSet b =
        set(
            "Forced from their Gaza home by Israeli troops, a family makes a harrowing walk "
                + "through a war zone");
    ShingleSet c = set("Blinken arrives in Cairo for talks on a Gaza ceasefire");
    // 18 words, 17 distinct bigrams; the edited word replaces 2 of them: 15 shared of 19
    assertEquals(15.0 / 19, ShingleSet.jaccard(a, b), 1e-12);
    assertTrue(index.similar(a, b));
    assertFalse(index.similar(a, c));
    assertTrue(ShingleSet.jaccard(a, c) < 0.2);
  }

  @Test
  void emptyTextsAreNeverDuplicates() {
    MinHashSignature e = hasher.signature(null, "");
    assertTrue(e.isEmpty());
    assertTrue(hasher.signature("   ", " -- ").isEmpty());
    assertEquals(0, index.bandKeys(e).length);
    assertFalse(index.similar(hasher.shingles(null, ""), hasher.shingles(null, "")));
    assertFalse(sig("a").isEmpty());
  }

  @Test
  void estimatedJaccardTracksExactJaccardOnLongTexts() {
    Random r = new Random(7);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      words.add("w" + Integer.toString(r.nextInt(5000), 36).replaceAll("[0-9]", "x"));
    }
    List<String> edited = new ArrayList<>(words);
    for (int i = 0; i < 40; i++) {
      edited.set(
          r.nextInt(edited.size()), "edit" + Integer.toString(i, 36).replaceAll("[0-9]", "q"));
    }
    double exact = exactBigramJaccard(words, edited);
    ShingleSet a = hasher.shingles(null, String.join(" ", words));
    ShingleSet b = hasher.shingles(null, String.join(" ", edited));
    assertEquals(
        exact, ShingleSet.jaccard(a, b), 1e-3, "the shingle sets' similarity is the exact one");
    double est = NearDuplicateIndex.jaccard(hasher.signature(a), hasher.signature(b));
    assertEquals(exact, est, 0.12, "exact " + exact + " estimated " + est);
  }

  private static double exactBigramJaccard(List<String> a, List<String> b) {
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return (double) inter.size() / union.size();
  }

  private static Set<String> bigrams(List<String> w) {
    Set<String> s = new HashSet<>();
    for (int i = 0; i + 1 < w.size(); i++) {
      s.add(w.get(i) + " " + w.get(i + 1));
    }
    return s;
  }

  @Test
  void bandKeysAndCandidatePairs() {
    List<ShingleSet> sets =
        List.of(
            set("Israel fighting Hamas again in northern Gaza as hundreds of thousands flee Rafah"),
            set("Aid convoy reaches Khan Younis after weeks of delays"),
            set("Israel fighting Hamas again in northern Gaza as hundreds of thousands flee Rafah"),
            set(
                "Israel is fighting Hamas again in northern Gaza as hundreds of thousands flee Rafah"));
    List<MinHashSignature> sigs = sets.stream().map(hasher::signature).toList();
    long[] k0 = index.bandKeys(sigs.get(0));
    assertEquals(32, k0.length);
    assertArrayEquals(k0, index.bandKeys(sigs.get(2)), "identical headlines share every band key");
    Set<String> cand = new HashSet<>();
    for (int[] p : index.candidatePairs(sigs)) {
      cand.add(p[0] + "-" + p[1]);
    }
    assertTrue(cand.containsAll(Set.of("0-2", "0-3", "2-3")), cand.toString());
    assertFalse(cand.contains("0-1"));
    long d = LocalDate.of(2024, 5, 12).toEpochDay();
    assertEquals(3, index.duplicatePairs(sets, new long[] {d, d, d + 1, d + 3}).size());
    assertEquals(
        1,
        index.duplicatePairs(sets, new long[] {d, d, d, d + 4}).size(),
        "outside the ±3 day window");
  }

  @Test
  void clustersPickEarliestDateThenSmallestIdWhateverThePairOrder() {
    long d = 19_000;
    for (int order = 0; order < 2; order++) {
      DuplicateClusters c = new DuplicateClusters();
      List<String[]> pairs =
          new ArrayList<>(
              List.of(new String[] {"c", "b"}, new String[] {"b", "a"}, new String[] {"x", "y"}));
      if (order == 1) {
        java.util.Collections.reverse(pairs);
      }
      Map<String, Long> days = Map.of("a", d + 1, "b", d, "c", d, "x", d, "y", d);
      for (String[] p : pairs) {
        c.union(p[0], days.get(p[0]), p[1], days.get(p[1]));
      }
      c.add("alone", d);
      assertEquals("b", c.canonical("a"), "earliest date wins over smaller id");
      assertEquals("b", c.canonical("c"), "same date: smaller id");
      assertNull(c.dupOf("b"));
      assertEquals("x", c.dupOf("y"));
      assertNull(c.dupOf("alone"));
      assertNull(c.dupOf("never-seen"));
      assertEquals(Map.of("a", "b", "c", "b", "y", "x"), c.dupOf());
      assertEquals(Map.of("b", List.of("b", "c", "a"), "x", List.of("x", "y")), c.clusters());
    }
  }

  @Test
  void blockPairsLinkEveryCopyOfABigBucketWithoutPairingItAll() {
    String story =
        "The harbour board of Portvale approved a plan to dredge the eastern channel before the winter"
            + " storms, officials said, after months of talks with fishermen, shipping firms and the town council.";
    int copies = 5 * NearDuplicateIndex.FULL_BUCKET;
    ShingleSet[] sigs = new ShingleSet[copies + 2];
    int[] days = new int[copies + 2];
    boolean[] guests = new boolean[copies + 2];
    for (int i = 0; i < copies; i++) {
      sigs[i] = hasher.shingles("Item", story);
      days[i] = 100 + i % 3;
    }
    sigs[copies] = hasher.shingles("Item", story); // a guest: pairs with members
    days[copies] = 99;
    guests[copies] = true;
    sigs[copies + 1] = hasher.shingles(null, ""); // empty: never pairs
    days[copies + 1] = 100;
    List<int[]> pairs = index.blockPairs(sigs, days, guests);
    assertTrue(
        pairs.size() < copies * (NearDuplicateIndex.FULL_BUCKET + 1), "bounded: " + pairs.size());
    DuplicateClusters clusters = new DuplicateClusters();
    for (int[] p : pairs) {
      assertTrue(p[0] < p[1] && p[1] <= copies);
      clusters.union("a" + p[0], days[p[0]], "a" + p[1], days[p[1]]);
    }
    assertEquals(1, clusters.clusters().size(), "one story, one cluster");
    assertEquals(copies + 1, clusters.clusters().values().iterator().next().size());
  }
}
