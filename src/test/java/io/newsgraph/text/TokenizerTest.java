package io.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  static List<String> tok(String s) {
    IntList out = new IntList();
    int n = Tokenizer.INSTANCE.tokenize(s, out);
    assertEquals(n * 2, out.size());
    List<String> r = new ArrayList<>();
    for (int i = 0; i < out.size(); i += 2) {
      r.add(s.substring(out.get(i), out.get(i + 1)));
    }
    return r;
  }

  @Test
  void words() {
    assertEquals(
        List.of("Iran", "warned", "Israel", "on", "Monday"), tok("Iran warned Israel, on Monday."));
  }

  @Test
  void possessivesAndApostrophes() {
    assertEquals(
        List.of("Hezbollah’s", "Iran's", "Hamas", "don't", "Côte", "d'Ivoire"),
        tok("Hezbollah’s Iran's Hamas' don't Côte d'Ivoire"));
    assertEquals(List.of("rock", "n", "roll"), tok("‘rock ’n’ roll’"));
  }

  @Test
  void dottedAcronymsAndInitials() {
    assertEquals(
        List.of("U.S.", "And", "Japan", "U.N.", "Security", "Council"),
        tok("U.S. And Japan, U.N. Security Council"));
    assertEquals(List.of("U.S.", "Japan", "talks"), tok("U.S.-Japan talks"));
    assertEquals(
        List.of("George", "W.", "Bush", "at", "5", "p.m."), tok("George W. Bush at 5 p.m."));
    assertEquals(List.of("the", "US", "and", "us"), tok("the US and us."));
    assertEquals(List.of("Plan", "B.", "yahoo", "com"), tok("Plan B. yahoo.com"));
  }

  @Test
  void numbers() {
    assertEquals(
        List.of("5.93", "mln", "155,221", "bags", "1987"), tok("5.93 mln, 155,221 bags (1987)."));
  }

  @Test
  void hyphensSplit() {
    assertEquals(
        List.of("Israel", "Hamas", "war", "al", "Qaeda"), tok("Israel-Hamas war al-Qaeda"));
  }

  @Test
  void range() {
    IntList out = new IntList();
    assertEquals(1, Tokenizer.INSTANCE.tokenize("ab cd ef", 2, 6, out));
    assertEquals(List.of(3, 5), List.of(out.get(0), out.get(1)));
  }
}
