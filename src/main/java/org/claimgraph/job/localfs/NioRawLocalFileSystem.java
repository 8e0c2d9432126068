package org.claimgraph.job.localfs;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local filesystem with permissions, owners and links read and set through java.nio.
 * Without Hadoop's native library (not shipped for Linux in Maven), the stock one starts a process
 * for each of these: {@code chmod} for every file and folder it creates, {@code ls -ld} for every
 * listed file's permission, {@code readlink} for every rename. A sample run started about 600 of
 * them, each 5–15 ms of the driver's time.
 */
public class NioRawLocalFileSystem extends RawLocalFileSystem {

  @Override
  public void setPermission(Path p, FsPermission permission) throws IOException {
    try {
      Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
    } catch (UnsupportedOperationException e) {
      super.setPermission(p, permission);
    }
  }

  @Override
  public FileStatus getFileStatus(Path p) throws IOException {
    return status(p, pathToFile(p));
  }

  @Override
  public FileStatus getFileLinkStatus(Path p) throws IOException {
    File file = pathToFile(p);
    return Files.isSymbolicLink(file.toPath()) ? super.getFileLinkStatus(p) : status(p, file);
  }

  @Override
  public FileStatus[] listStatus(Path p) throws IOException {
    File dir = pathToFile(p);
    FileStatus self = status(p, dir);
    if (!self.isDirectory()) {
      return new FileStatus[] {self};
    }
    List<FileStatus> children = new ArrayList<>();
    for (String name : FileUtil.list(dir)) {
      Path child = new Path(p, name);
      try {
        children.add(status(child, new File(dir, name)));
      } catch (FileNotFoundException deletedMeanwhile) {
        // Listed, then removed by another writer before it was read: as the stock listing does.
      }
    }
    return children.toArray(FileStatus[]::new);
  }

  /** The file's status, links followed, as the stock {@code getFileStatus} gives it. */
  private FileStatus status(Path p, File file) throws IOException {
    PosixFileAttributes a;
    try {
      a = Files.readAttributes(file.toPath(), PosixFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException("File " + p + " does not exist");
    } catch (UnsupportedOperationException e) {
      return super.getFileStatus(p);
    }
    boolean dir = a.isDirectory();
    return new FileStatus(dir ? 0 : a.size(), dir, 1, getDefaultBlockSize(p),
        a.lastModifiedTime().toMillis(), a.lastAccessTime().toMillis(), hadoop(a.permissions()),
        a.owner().getName(), a.group().getName(), p.makeQualified(getUri(), getWorkingDirectory()));
  }

  private static Set<PosixFilePermission> posix(FsPermission permission) {
    Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
    add(out, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE);
    add(out, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_EXECUTE);
    add(out, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_EXECUTE);
    return out;
  }

  private static void add(Set<PosixFilePermission> out, FsAction action, PosixFilePermission read,
      PosixFilePermission write, PosixFilePermission execute) {
    if (action.implies(FsAction.READ)) {
      out.add(read);
    }
    if (action.implies(FsAction.WRITE)) {
      out.add(write);
    }
    if (action.implies(FsAction.EXECUTE)) {
      out.add(execute);
    }
  }

  private static FsPermission hadoop(Set<PosixFilePermission> p) {
    return new FsPermission(
        action(p, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE),
        action(p, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE),
        action(p, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE));
  }

  private static FsAction action(Set<PosixFilePermission> p, PosixFilePermission read, PosixFilePermission write,
      PosixFilePermission execute) {
    return FsAction.values()[(p.contains(read) ? 4 : 0) | (p.contains(write) ? 2 : 0) | (p.contains(execute) ? 1 : 0)];
  }
}
