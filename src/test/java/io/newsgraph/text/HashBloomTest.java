package io.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HashBloomTest {

  @Test
  void everyAddedHashIsFoundAtEverySize() {
    for (int log2 : new int[] {6, 17, 20}) {
      HashBloom b = log2 == 17 ? new HashBloom() : new HashBloom(log2);
      for (int k = 0; k < 1000; k++) {
        b.add(k * 0x9E3779B9);
      }
      for (int k = 0; k < 1000; k++) {
        assertTrue(b.mayContain(k * 0x9E3779B9), "size 2^" + log2 + ", key " + k);
      }
    }
  }

  @Test
  void aHashWhoseTwoBitsAreUnsetIsAbsent() {
    HashBloom b = new HashBloom(20);
    assertFalse(b.mayContain(12345));
    // 0 sets bit 0 of word 0 (both bits: the low six bits and the high six are 0)
    b.add(0);
    assertTrue(b.mayContain(0));
    // 1 << 26: word 0 (bits 6 to 19 are 0), bits 0 and 1 (high six bits = 1); bit 1 is unset
    assertFalse(b.mayContain(1 << 26));
    b.add(1 << 26);
    assertTrue(b.mayContain(1 << 26));
    // 1: word 0, bits 1 and 0, both set now by the two hashes above
    assertTrue(b.mayContain(1));
    // 1 << 6: word 1, still empty
    assertFalse(b.mayContain(1 << 6));
  }

  @Test
  void sizesOutsideTheRangeAreRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new HashBloom(5));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new HashBloom(27));
  }
}
