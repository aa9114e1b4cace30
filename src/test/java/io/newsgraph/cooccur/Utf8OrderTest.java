package io.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OrderTest {

  @Test
  void equalsUnsignedUtf8ByteOrder() {
    Random r = new Random(7);
    char[] alphabet = {'a', 'b', 'Z', '\u00e9', '\u4e2d', '\uE000', '\uFFFD', '\uFFFF'};
    for (int i = 0; i < 20_000; i++) {
      String x = randomString(r, alphabet);
      String y = randomString(r, alphabet);
      int bytes =
          Arrays.compareUnsigned(
              x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
      assertEquals(Integer.signum(bytes), Integer.signum(Utf8Order.compare(x, y)), x + " vs " + y);
    }
  }

  private static String randomString(Random r, char[] alphabet) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(4) == 0) {
        sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
      } else {
        sb.append(alphabet[r.nextInt(alphabet.length)]);
      }
    }
    return sb.toString();
  }
}
