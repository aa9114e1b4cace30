package io.newsgraph.config;

/** A usage error: bad flag, bad config file. The CLI turns it into exit code 2. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
