package io.newsgraph.pipeline;

/** Another live run holds the warehouse. The CLI exits with code 4: try again later. */
public final class WarehouseLockedException extends RuntimeException {
  public WarehouseLockedException(String message) {
    super(message);
  }
}
