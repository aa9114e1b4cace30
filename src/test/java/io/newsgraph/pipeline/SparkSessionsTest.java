package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SparkSessionsTest {

  @Test
  void localMastersGetFourTaskAttemptsUnlessTheyNameACount() {
    assertEquals("local[1,4]", SparkSessions.withTaskRetries("local"));
    assertEquals("local[*,4]", SparkSessions.withTaskRetries("local[*]"));
    assertEquals("local[2,4]", SparkSessions.withTaskRetries("local[2]"));
    assertEquals("local[2,1]", SparkSessions.withTaskRetries("local[2,1]"));
    assertEquals("spark://127.0.0.1:7077", SparkSessions.withTaskRetries("spark://127.0.0.1:7077"));
    assertEquals("yarn", SparkSessions.withTaskRetries("yarn"));
  }
}
