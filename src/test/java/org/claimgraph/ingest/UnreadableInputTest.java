package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.IngestTestData.assertWellFormed;
import static org.claimgraph.ingest.IngestTestData.rejections;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file that cannot be read must not stop the run (issue 17): it becomes an unreadable_file row. */
class UnreadableInputTest {
  @TempDir Path dir;

  @Test
  void theOtherFilesAreReadAndTheBadOneIsRejected() throws Exception {
    Files.write(dir.resolve("a.jsonl"), List.of(HostileJsonLinesTest.good("a-1"), HostileJsonLinesTest.good("a-2")));
    Files.write(dir.resolve("c.jsonl"), List.of(HostileJsonLinesTest.good("c-1")));
    // Mode 000: Hadoop's listing-time access check refuses it even for root (it compares mode bits), while
    // root can still open it; either way it must not end the run.
    Path locked = dir.resolve("b-locked.jsonl");
    Files.write(locked, List.of(HostileJsonLinesTest.good("b-1")));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    boolean osCanRead = Files.isReadable(locked);
    // Really unreadable whoever runs it: reading /proc/self/mem at offset 0 fails with EIO.
    Files.createSymbolicLink(dir.resolve("b-mem.jsonl"), Path.of("/proc/self/mem"));

    IngestResult r = Ingest.read(SparkTestSession.get(), IngestOptions.of(dir.toString()), "run-unreadable");
    assertWellFormed(r);
    assertThat(rejections(r.rejected())).containsEntry("b-mem.jsonl:-", "unreadable_file");
    assertThat(r.rejected().filter("reason = 'unreadable_file'").first().getString(4)).contains("Input/output error");
    assertThat(IngestTestData.ids(r.articles())).contains("a-1", "a-2", "c-1");
    if (osCanRead) {
      assertThat(IngestTestData.ids(r.articles())).contains("b-1");
    } else {
      assertThat(rejections(r.rejected())).containsEntry("b-locked.jsonl:-", "unreadable_file");
    }
  }
}
