package io.newsgraph.pipeline;

/**
 * Named points where the crash tests stop the driver dead ({@code Runtime.halt}, no shutdown hooks:
 * what a kill -9 does) to prove that a run killed there leaves the warehouse readable and that the
 * next run completes the work. Armed only by the environment variable {@code NEWSGRAPH_FAULT_AT}; a
 * no-op otherwise.
 */
final class FaultPoint {

  private static final String ARMED = System.getenv("NEWSGRAPH_FAULT_AT");

  private FaultPoint() {}

  static void reach(String name) {
    if (name.equals(ARMED)) {
      System.err.println("newsgraph: fault injected at " + name + ", halting");
      Runtime.getRuntime().halt(137);
    }
  }
}
