package io.newsgraph.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PyTextRoundTest {

  /**
   * Python's round: half to even on the exact binary value of x; a zero keeps the sign of x, as in
   * Python.
   */
  private static double exact(double x, int digits) {
    double r = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    return r == 0 ? Math.copySign(0.0, x) : r;
  }

  @Test
  void equalsExactDecimalRoundingOnTiesAndNearTies() {
    for (int digits = 3; digits <= 4; digits++) {
      // VADER's shares are ratios of small sums: k / 2^m and k / (2^m * 5^j) land on or next to
      // ties
      for (int m = 0; m <= 12; m++) {
        for (int j = 0; j <= 5; j++) {
          double d = Math.pow(2, m) * Math.pow(5, j);
          for (int k = -400; k <= 400; k++) {
            double x = k / d;
            assertEquals(exact(x, digits), PyText.round(x, digits), () -> "x=" + x);
            double up = Math.nextUp(x);
            double down = Math.nextDown(x);
            assertEquals(exact(up, digits), PyText.round(up, digits), () -> "x=" + up);
            assertEquals(exact(down, digits), PyText.round(down, digits), () -> "x=" + down);
          }
        }
      }
    }
  }

  @Test
  void equalsExactDecimalRoundingOnRandomValues() {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      double x = r.nextDouble(-1.0, 1.0);
      assertEquals(exact(x, 3), PyText.round(x, 3), () -> "x=" + x);
      assertEquals(exact(x, 4), PyText.round(x, 4), () -> "x=" + x);
    }
    assertEquals(0.125, PyText.round(0.125, 3));
    assertEquals(0.062, PyText.round(0.0625, 3)); // an exact tie: half to even
    assertEquals(0.188, PyText.round(0.1875, 3));
    assertEquals(0.1235, PyText.round(0.12345, 4), 0.0); // stored above .12345
  }
}
