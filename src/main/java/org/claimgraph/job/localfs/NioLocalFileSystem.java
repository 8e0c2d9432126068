package org.claimgraph.job.localfs;

import org.apache.hadoop.fs.LocalFileSystem;

/** Hadoop's checksummed local filesystem ({@code fs.file.impl}) over {@link NioRawLocalFileSystem}. */
public class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new NioRawLocalFileSystem());
  }
}
