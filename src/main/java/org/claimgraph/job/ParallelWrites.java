package org.claimgraph.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The table stage's independent writes, run side by side from a few driver threads.
 *
 * <p>Measured on the sample corpus, the stage's Spark jobs ran for 17 s of its 40, and the cores were
 * busy a third of the time: the rest was the driver planning each job, committing to Delta and
 * reading the new snapshot, one table after another. Ten tables that share only cached inputs need
 * not wait for each other; while one waits on its commit, another's tasks run. Spark schedules jobs
 * from several threads of one session, and each Delta table commits on its own log.
 *
 * <p>Tasks never block on each other inside the pool (a dependent task is chained, not joined), so a
 * small pool cannot deadlock. {@link #awaitAll} waits for every task, even after one failed, and
 * rethrows the first failure as it was thrown, so its exit code stays the one the README gives.
 */
final class ParallelWrites implements AutoCloseable {
  /**
   * Four: enough to keep two cores busy while other writes wait on the driver; more only adds
   * concurrent shuffles and memory on a small machine.
   */
  static final int THREADS = 4;

  private final ExecutorService pool;
  private final List<CompletableFuture<?>> tasks = new ArrayList<>();

  ParallelWrites() {
    AtomicInteger n = new AtomicInteger();
    pool = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "table-writer-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs the task once every task in {@code after} has finished; it may read their {@link #value}s. */
  <T> CompletableFuture<T> submit(Supplier<T> task, CompletableFuture<?>... after) {
    return track(CompletableFuture.allOf(after).thenApplyAsync(done -> task.get(), pool));
  }

  CompletableFuture<Void> run(Runnable task, CompletableFuture<?>... after) {
    return track(CompletableFuture.allOf(after).thenRunAsync(task, pool));
  }

  /** The value of a finished task, or its failure as thrown. */
  static <T> T value(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      throw unwrap(e);
    }
  }

  void awaitAll() {
    RuntimeException first = null;
    for (int i = 0; i < tasks.size(); i++) {
      try {
        tasks.get(i).join();
      } catch (CompletionException e) {
        if (first == null) {
          first = unwrap(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Waits for the tasks already running: after a failure the others finish their commits rather than
   * being interrupted inside one, and the next run rolls back what this one never published.
   */
  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
  }

  private synchronized <F extends CompletableFuture<?>> F track(F task) {
    tasks.add(task);
    return task;
  }

  private static RuntimeException unwrap(CompletionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
