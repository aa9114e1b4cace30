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
    // 0 sets bit 0 twice; 1 << 20 sets bit 0 and bit 32 (bits 15 up of the hash, 2^20 bits)
    b.add(0);
    assertTrue(b.mayContain(0));
    assertFalse(b.mayContain(1 << 20));
    b.add(1 << 20);
    assertTrue(b.mayContain(1 << 20));
    assertFalse(b.mayContain(1));
  }
}
