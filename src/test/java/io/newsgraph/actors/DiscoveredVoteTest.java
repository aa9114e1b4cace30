package io.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiscoveredVoteTest {

  private static DiscoveredVote.Outcome vote(Object[]... votes) {
    DiscoveredVote v = new DiscoveredVote();
    for (Object[] t : votes) {
      v.add((String) t[0], (String) t[1], (Long) t[2]);
    }
    return v.outcome();
  }

  private static Object[] t(String name, String type, long n) {
    return new Object[] {name, type, n};
  }

  @Test
  void theTypeMostArticlesGaveWinsNotTheFirstInTheAlphabet() {
    // 1000 articles say person, one says organization: min(type) would pick organization
    assertEquals(
        new DiscoveredVote.Outcome("Reagan", "person"),
        vote(t("Reagan", "organization", 1), t("Reagan", "person", 1000)));
  }

  @Test
  void typeVotesAddUpOverNames() {
    // person: 2 + 2 = 4 over two forms; organization: 3 under one form
    assertEquals(
        "person",
        vote(
                t("Harriet Marlowe Ltd", "organization", 3),
                t("Harriet Marlowe", "person", 2),
                t("HARRIET MARLOWE", "person", 2))
            .type());
  }

  @Test
  void theNameIsTheFormMostArticlesOfTheWinningTypeWrote() {
    // "HARRIET MARLOWE" sorts first and "Harriet Marlowe Ltd" has the most votes of any form, but
    // the type is person (5 against 4) and among person articles "Harriet Marlowe" has 3 of 5
    assertEquals(
        new DiscoveredVote.Outcome("Harriet Marlowe", "person"),
        vote(
            t("HARRIET MARLOWE", "person", 2),
            t("Harriet Marlowe", "person", 3),
            t("Harriet Marlowe Ltd", "organization", 4)));
  }

  @Test
  void theSamePairGivenTwiceCountsBoth() {
    // two days' counts of one pair add: organization 1 + 1 = 2 against person 1
    assertEquals(
        "organization",
        vote(t("Hale", "organization", 1), t("Hale", "person", 1), t("Hale", "organization", 1))
            .type());
  }

  @Test
  void typeTiesGoToTheEarlierActorType() {
    assertEquals("person", vote(t("Hale", "organization", 2), t("Hale", "person", 2)).type());
    assertEquals("organization", vote(t("Hale", "place", 1), t("Hale", "organization", 1)).type());
    assertEquals("group", vote(t("Hale", "place", 1), t("Hale", "group", 1)).type());
    // a value that is no actor type comes after all of them, then by string order
    assertEquals("place", vote(t("Hale", "misc", 1), t("Hale", "place", 1)).type());
    assertEquals("alpha", vote(t("Hale", "beta", 1), t("Hale", "alpha", 1)).type());
  }

  @Test
  void nameTiesGoToTheSmallerString() {
    assertEquals(
        "Corvin Hale",
        vote(t("Corvin Hale", "person", 1), t("Corvin  Hale", "person", 0), t("Hale", "person", 1))
            .name());
    assertEquals(
        "CORVIN HALE", vote(t("Corvin Hale", "person", 2), t("CORVIN HALE", "person", 2)).name());
  }

  @Test
  void theOutcomeDoesNotDependOnTheOrderOfTheVotes() {
    List<Object[]> votes =
        new ArrayList<>(
            List.of(
                t("Marlowe", "person", 3),
                t("Marlowe Inc", "organization", 2),
                t("MARLOWE", "person", 3),
                t("Marlowe", "organization", 4),
                t("Marlowe", "place", 1)));
    // person 6, organization 6 (tie: person); among person "MARLOWE" 3 and "Marlowe" 3 (tie:
    // "MARLOWE", upper case sorts first)
    DiscoveredVote.Outcome expected = new DiscoveredVote.Outcome("MARLOWE", "person");
    Random rnd = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(votes, rnd);
      assertEquals(expected, vote(votes.toArray(Object[][]::new)));
    }
  }

  @Test
  void resetStartsAFreshVoteAndNoVotesIsNoOutcome() {
    DiscoveredVote v = new DiscoveredVote();
    assertNull(v.outcome());
    v.add("Hale", "organization", 5);
    v.reset();
    v.add("Hale", "person", 1);
    assertEquals(new DiscoveredVote.Outcome("Hale", "person"), v.outcome());
  }

  @Test
  void badVotesAreRefused() {
    DiscoveredVote v = new DiscoveredVote();
    assertThrows(IllegalArgumentException.class, () -> v.add(null, "person", 1));
    assertThrows(IllegalArgumentException.class, () -> v.add("Hale", null, 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> v.add("Hale", "person", -1));
    assertTrue(e.getMessage().contains("-1"));
  }
}
