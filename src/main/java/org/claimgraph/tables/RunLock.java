package org.claimgraph.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per output directory. Delta's optimistic concurrency keeps each table's commits
 * consistent, but a run's commit spans ten tables and reads what the previous run published, so a
 * second run interleaving with the first would lose its updates. The lock is the file
 * {@code OUTPUT/_claimgraph/run.lock}, created with overwrite off (atomic on local file systems and
 * HDFS). Its holder touches it every {@link #HEARTBEAT}; a lock untouched for {@link #STALE_AFTER}
 * belongs to a run that died (SIGKILL, lost driver) and is taken over, so a killed run never
 * blocks the next night's.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
  static final Duration HEARTBEAT = Duration.ofSeconds(5);
  static final Duration STALE_AFTER = Duration.ofSeconds(30);
  private static final String FILE = "_claimgraph/run.lock";

  private final FileSystem fs;
  private final Path path;
  private final ScheduledExecutorService heartbeat;

  private RunLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "claimgraph-run-lock");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleAtFixedRate(this::touch, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Takes the lock for {@code runId} or fails with what holds it. */
  public static RunLock acquire(Configuration hadoop, String outputDir, String runId) {
    Path path = new Path(new Path(outputDir), FILE);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      String holder = runId + " pid " + ManagementFactory.getRuntimeMXBean().getName() + " since " + Instant.now();
      if (tryCreate(fs, path, holder)) {
        return new RunLock(fs, path);
      }
      FileStatus status = fs.getFileStatus(path);
      Duration idle = Duration.ofMillis(System.currentTimeMillis() - status.getModificationTime());
      if (idle.compareTo(STALE_AFTER) > 0 || holderDiedOnThisHost(read(fs, path))) {
        // Rename is atomic: of two runs that find the same stale lock, one moves it and takes over.
        Path moved = new Path(path.getParent(), "run.lock.stale-" + runId);
        if (fs.rename(path, moved) && tryCreate(fs, path, holder)) {
          LOG.warn("took over the lock of a run that stopped {} s ago without releasing it: {}",
              idle.toSeconds(), read(fs, moved));
          fs.delete(moved, false);
          return new RunLock(fs, path);
        }
      }
      throw ClaimgraphException.of("Another run is writing to " + outputDir + ": " + read(fs, path) + ".",
          "Two runs on one output would each publish over the other's articles, so only one may write at a time.",
          "Wait for that run to finish and start this one again (the nightly schedule can simply retry). If that "
              + "run died, its lock is taken over automatically once it is " + STALE_AFTER.toSeconds()
              + " s old.");
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not take the run lock " + path + ".", e.getMessage(),
          "Check that --output is a directory you can write to.", e);
    }
  }

  /**
   * The holder string names the JVM as {@code pid@host}; on the same host a dead pid settles it at
   * once, without waiting for the heartbeat to go stale.
   */
  private static boolean holderDiedOnThisHost(String holder) {
    String self = ManagementFactory.getRuntimeMXBean().getName();
    String host = self.substring(self.indexOf('@') + 1);
    String[] words = holder.split(" ");
    for (int i = 0; i + 1 < words.length; i++) {
      if (words[i].equals("pid") && words[i + 1].endsWith("@" + host)) {
        String pid = words[i + 1].substring(0, words[i + 1].indexOf('@'));
        try {
          return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static boolean tryCreate(FileSystem fs, Path path, String holder) throws IOException {
    byte[] bytes = holder.getBytes(StandardCharsets.UTF_8);
    if (fs instanceof LocalFileSystem localFs) {
      // Hadoop's local create checks for the file and then opens it: two runs can both pass the
      // check. The JDK's create is one O_EXCL system call.
      java.nio.file.Path local = localFs.pathToFile(path).toPath();
      Files.createDirectories(local.getParent());
      try {
        Files.write(local, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(bytes);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private static String read(FileSystem fs, Path path) {
    try (InputStream in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "a run that holds " + path;
    }
  }

  private void touch() {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (IOException e) {
      LOG.warn("could not refresh the run lock {}: {}", Secrets.redactUris(path.toString()),
          Secrets.redactUris(e.getMessage()));
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      LOG.warn("could not release the run lock {}: {}", Secrets.redactUris(path.toString()),
          Secrets.redactUris(e.getMessage()));
    }
  }
}
