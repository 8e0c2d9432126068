package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * Tasks that die half-way and run again change no table: a real run of the sample in which the first
 * attempt of every third task of every stage is killed while it runs (as a lost or pre-empted task
 * is), against the undisturbed run every other test reads. Spark runs each killed task again.
 */
class TaskRetryTest {

  /** Kills the first attempt of every third task of each stage, once, while it runs. */
  private static final class KillEveryThirdTaskOnce extends SparkListener {
    private final SparkContext sc;
    private final Set<String> killed = ConcurrentHashMap.newKeySet();
    final AtomicInteger kills = new AtomicInteger();
    final AtomicInteger retriedAndDone = new AtomicInteger();

    KillEveryThirdTaskOnce(SparkContext sc) {
      this.sc = sc;
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
      var info = start.taskInfo();
      String task = start.stageId() + "/" + start.stageAttemptId() + "/" + info.index();
      if (info.attemptNumber() == 0 && info.index() % 3 == 0 && killed.add(task)) {
        kills.incrementAndGet();
        sc.killTaskAttempt(info.taskId(), false, "forced fault (TaskRetryTest)");
      }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskInfo().attemptNumber() > 0 && end.taskInfo().successful()) {
        retriedAndDone.incrementAndGet();
      }
    }
  }

  @Test
  void killedTasksRunAgainAndTheTablesEqualAnUndisturbedRun() throws Exception {
    var spark = SparkTestSession.get();
    Map<String, List<String>> undisturbed = PublishedRows.of(spark, SampleOutput.dir());

    Path out = Files.createTempDirectory("claimgraph-task-retry-");
    KillEveryThirdTaskOnce faults = new KillEveryThirdTaskOnce(spark.sparkContext());
    spark.sparkContext().addSparkListener(faults);
    try {
      JobConfig config = JobConfig.resolve(null, Map.of("output", out.toString(), "mode", "replace", "partitions", "2"));
      RunJob.run(spark, config, List.of(SampleCorpus.extract()), "sample");
    } finally {
      spark.sparkContext().removeSparkListener(faults);
    }

    assertThat(faults.kills.get()).as("tasks killed").isGreaterThan(20);
    assertThat(faults.retriedAndDone.get()).as("killed tasks that ran again and finished").isGreaterThan(20);
    Map<String, List<String>> retried = PublishedRows.of(spark, out);
    assertThat(retried.keySet()).isEqualTo(undisturbed.keySet());
    for (String table : undisturbed.keySet()) {
      assertThat(retried.get(table)).as(table).isEqualTo(undisturbed.get(table));
    }
  }
}
