package io.newsgraph.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = NewsgraphCli.class.getPackage().getImplementationVersion();
    return new String[] {"newsgraph " + (v == null ? "(development build)" : v)};
  }
}
