package org.claimgraph.job.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the whole job scales, from wall times of the same sitting: the largest size's time over the
 * smallest's for each core count (against the ratio of their sizes: equal means linear), and the
 * speed-up of the most cores over the fewest for each size (equal to the ratio of cores means the
 * job uses them all). Empty lists when only one size or one core count ran.
 */
record Scaling(List<SizeRatio> sizeRatios, List<Speedup> speedups) {

  record SizeRatio(int cores, int smallest, int largest, double timeRatio) {
    double sizeRatio() {
      return (double) largest / smallest;
    }
  }

  record Speedup(int size, int fewest, int most, double speedup) {}

  static Scaling of(List<Integer> sizes, List<Integer> cores, List<WholeJobRun> runs) {
    int smallest = sizes.get(0);
    int largest = sizes.get(sizes.size() - 1);
    int fewest = cores.get(0);
    int most = cores.get(cores.size() - 1);
    List<SizeRatio> ratios = new ArrayList<>();
    if (largest != smallest) {
      for (int c : cores) {
        ratios.add(new SizeRatio(c, smallest, largest, wall(runs, largest, c) / wall(runs, smallest, c)));
      }
    }
    List<Speedup> speedups = new ArrayList<>();
    if (most != fewest) {
      for (int n : sizes) {
        speedups.add(new Speedup(n, fewest, most, wall(runs, n, fewest) / wall(runs, n, most)));
      }
    }
    return new Scaling(ratios, speedups);
  }

  private static double wall(List<WholeJobRun> runs, int size, int cores) {
    Optional<WholeJobRun> run = runs.stream().filter(r -> r.size() == size && r.cores() == cores).findFirst();
    return run.orElseThrow().wallSeconds();
  }
}
