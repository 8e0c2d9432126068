package org.claimgraph.job.localfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The java.nio local filesystem answers as Hadoop's own does, for what Spark, Parquet and Delta ask of it. */
class NioLocalFileSystemTest {
  @TempDir java.nio.file.Path dir;

  private static Configuration conf() {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    conf.set("fs.AbstractFileSystem.file.impl", NioLocalFs.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return conf;
  }

  private static FileSystem stock() throws Exception {
    Configuration conf = new Configuration(false);
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return FileSystem.get(URI.create("file:///"), conf);
  }

  @Test
  void createsListsAndSetsPermissionsAsTheStockFilesystem() throws Exception {
    FileSystem fs = FileSystem.get(URI.create("file:///"), conf());
    assertThat(((LocalFileSystem) fs).getRaw()).isInstanceOf(NioRawLocalFileSystem.class);
    Path table = new Path(dir.toUri().toString(), "table/part");
    assertThat(fs.mkdirs(table.getParent(), new FsPermission((short) 0750))).isTrue();
    try (OutputStream out = fs.create(table)) {
      out.write("rows".getBytes());
    }
    fs.setPermission(table, new FsPermission((short) 0640));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("table/part"))))
        .isEqualTo("rw-r-----");

    FileSystem stock = stock();
    for (Path p : new Path[] {table, table.getParent()}) {
      FileStatus ours = fs.getFileStatus(p);
      FileStatus theirs = stock.getFileStatus(p);
      assertThat(ours.getPath()).isEqualTo(theirs.getPath());
      assertThat(ours.isDirectory()).isEqualTo(theirs.isDirectory());
      assertThat(ours.getPermission()).isEqualTo(theirs.getPermission());
      assertThat(ours.getOwner()).isEqualTo(theirs.getOwner());
      assertThat(ours.getGroup()).isEqualTo(theirs.getGroup());
      assertThat(ours.getModificationTime()).isEqualTo(theirs.getModificationTime());
      if (!ours.isDirectory()) {
        assertThat(ours.getLen()).isEqualTo(theirs.getLen()).isEqualTo(4);
      }
    }
    // The checksum file is listed beside the data file, as the stock listing shows it.
    assertThat(names(fs.listStatus(table.getParent()))).containsExactlyInAnyOrder(
        names(stock.listStatus(table.getParent())));
    assertThat(fs.listStatus(table)).hasSize(1);
  }

  @Test
  void aMissingFileIsNotFound() throws Exception {
    FileSystem fs = FileSystem.get(URI.create("file:///"), conf());
    Path missing = new Path(dir.toUri().toString(), "missing");
    assertThat(fs.exists(missing)).isFalse();
    assertThatThrownBy(() -> fs.getFileStatus(missing)).isInstanceOf(FileNotFoundException.class);
    assertThatThrownBy(() -> fs.listStatus(missing)).isInstanceOf(FileNotFoundException.class);
  }

  /** Delta's log store commits by a FileContext rename that must not overwrite an existing commit. */
  @Test
  void fileContextRenamesWithoutOverwriting() throws Exception {
    FileContext fc = FileContext.getFileContext(URI.create("file:///"), conf());
    Path tmp = new Path(dir.toUri().toString(), ".00001.json.tmp");
    Path commit = new Path(dir.toUri().toString(), "00001.json");
    Files.writeString(dir.resolve(".00001.json.tmp"), "{}");
    fc.rename(tmp, commit, Options.Rename.NONE);
    assertThat(Files.readString(dir.resolve("00001.json"))).isEqualTo("{}");

    Files.writeString(dir.resolve(".00001.json.tmp"), "{\"other\":1}");
    assertThatThrownBy(() -> fc.rename(tmp, commit, Options.Rename.NONE))
        .isInstanceOf(org.apache.hadoop.fs.FileAlreadyExistsException.class);
    assertThat(Files.readString(dir.resolve("00001.json"))).isEqualTo("{}");
  }

  @Test
  void aSymbolicLinkIsFollowedAsByTheStockFilesystem() throws Exception {
    FileSystem fs = FileSystem.get(URI.create("file:///"), conf());
    Files.writeString(dir.resolve("target.txt"), "abc");
    Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("target.txt"));
    Path link = new Path(dir.toUri().toString(), "link.txt");
    assertThat(fs.getFileStatus(link).getLen()).isEqualTo(3);
    FileStatus ours = fs.getFileLinkStatus(link);
    FileStatus theirs = stock().getFileLinkStatus(link);
    assertThat(ours.isSymlink()).isEqualTo(theirs.isSymlink());
    assertThat(ours.getLen()).isEqualTo(theirs.getLen());
  }

  private static String[] names(FileStatus[] statuses) {
    return Arrays.stream(statuses).map(s -> s.getPath().getName()).toArray(String[]::new);
  }
}
