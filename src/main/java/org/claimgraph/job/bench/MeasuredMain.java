package org.claimgraph.job.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.claimgraph.job.Main;

/**
 * The entry point of a benchmarked run's JVM: {@link Main} with a probe around it, so the run itself
 * is the unchanged command. At exit it writes to the file named by {@value #PROBE_PROPERTY} when
 * main was reached (the parent knows when it started the process), the peak heap in use, the peak
 * heap left after a collection and the process's peak resident memory.
 *
 * <p>The heap peak is the largest heap occupancy just before a garbage collection, or at exit:
 * between collections the heap only grows, so these moments hold its maxima, which sampling on a
 * timer would miss. With a large -Xmx that peak says more about how long the collector waited than
 * about what the job needs; the largest occupancy after a collection (what survived it) is the job's
 * need, garbage in the old generation included. The resident peak is the kernel's own high-water
 * mark (VmHWM).
 */
public final class MeasuredMain {
  static final String PROBE_PROPERTY = "claimgraph.bench.probe";
  static final String MAIN_EPOCH_MS = "main_epoch_ms";
  static final String PEAK_HEAP_BYTES = "peak_heap_bytes";
  static final String PEAK_LIVE_HEAP_BYTES = "peak_live_heap_bytes";
  static final String MAX_HEAP_BYTES = "max_heap_bytes";
  static final String PEAK_RSS_BYTES = "peak_rss_bytes";

  private MeasuredMain() {}

  public static void main(String[] args) {
    long mainEpochMs = System.currentTimeMillis();
    Path probe = Path.of(System.getProperty(PROBE_PROPERTY));
    AtomicLong peakHeap = new AtomicLong();
    AtomicLong peakLive = new AtomicLong();
    watchCollections(peakHeap, peakLive);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      Properties figures = new Properties();
      figures.setProperty(MAIN_EPOCH_MS, Long.toString(mainEpochMs));
      figures.setProperty(PEAK_HEAP_BYTES, Long.toString(Math.max(peakHeap.get(), heap.getUsed())));
      figures.setProperty(PEAK_LIVE_HEAP_BYTES, Long.toString(peakLive.get()));
      figures.setProperty(MAX_HEAP_BYTES, Long.toString(heap.getMax()));
      figures.setProperty(PEAK_RSS_BYTES, Long.toString(peakResidentBytes()));
      try (OutputStream out = Files.newOutputStream(probe)) {
        figures.store(out, "claimgraph bench --whole probe");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "claimgraph-bench-probe"));
    Main.main(args);
  }

  private static void watchCollections(AtomicLong peakHeap, AtomicLong peakLive) {
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          GcInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
          peakHeap.accumulateAndGet(heapUsed(gc.getMemoryUsageBeforeGc(), heapPools), Math::max);
          peakLive.accumulateAndGet(heapUsed(gc.getMemoryUsageAfterGc(), heapPools), Math::max);
        }
      }, null, null);
    }
  }

  private static long heapUsed(Map<String, MemoryUsage> pools, Set<String> heapPools) {
    return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed())
        .sum();
  }

  /** VmHWM from /proc/self/status, or -1 where there is no /proc (not Linux). */
  private static long peakResidentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }
}
