package org.claimgraph.job;

/** The claimgraph version, from the jar manifest when packaged, else the development version. */
final class Version {
  private Version() {}

  static final String CLAIMGRAPH = java.util.Optional
      .ofNullable(Version.class.getPackage().getImplementationVersion()).orElse("0.1.0-SNAPSHOT");
}
