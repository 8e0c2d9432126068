package org.claimgraph.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Reads articles, runs the NLP pipeline and publishes the tables (articles, mentions, rejected, runs).",
        "With no --input it runs on the bundled sample corpus. Options override the --config file,",
        "which overrides the defaults shown."})
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "PATH", split = ",",
      description = "Input file, folder or glob (local, hdfs://, s3a://); several comma-separated. Default: the sample corpus.")
  List<String> input;

  @Option(names = "--format", description = "jsonl (plain or .gz), parquet, csv, text (folder of .txt), html "
      + "(folder of .html/.html.gz), or auto by extension. Default: auto.")
  String format;

  @Option(names = "--limit", paramLabel = "N", description = "Read only the first N input records. Default: all.")
  Long limit;

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions for the NLP stage. Default: 2 per core, at most one per article.")
  Integer partitions;

  @Option(names = "--max-text-chars", paramLabel = "N", description = "Reject longer bodies. Default: 1000000.")
  Integer maxTextChars;

  @Option(names = "--bad-date", paramLabel = "POLICY",
      description = "reject (default): an unparseable date rejects the record; keep: keep it with a null date.")
  String badDate;

  @Option(names = "--mode", description = "merge (default): this input's articles replace their earlier rows, "
      + "other articles stay; replace: the tables hold only this run.")
  String mode;

  @Option(names = "--column", paramLabel = "FIELD=NAME",
      description = "Map an input column, e.g. --column text=body --column published=date "
          + "(fields: id, url, outlet, title, published, text; another field is an error).")
  Map<String, String> columns;

  @Override
  public Integer call() {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("input", input == null ? null : String.join(",", input));
    flags.put("format", format);
    flags.put("limit", limit == null ? null : limit.toString());
    flags.put("partitions", partitions == null ? null : partitions.toString());
    flags.put("max-text-chars", maxTextChars == null ? null : maxTextChars.toString());
    flags.put("bad-date", badDate);
    flags.put("mode", mode);
    if (columns != null) {
      columns.forEach((field, name) -> flags.put("columns." + field, name));
    }
    JobConfig jobConfig = common.config(flags);
    List<String> inputs = jobConfig.inputs().isEmpty() ? List.of(SampleCorpus.extract()) : jobConfig.inputs();
    String label = jobConfig.inputs().isEmpty() ? "sample corpus (" + SampleCorpus.RESOURCE + ")"
        : Secrets.redactUris(String.join(",", inputs)) + " [" + jobConfig.get("format") + "]";
    Preflight.check(jobConfig, inputs);
    SparkSession spark = CommonOptions.session("run", jobConfig);
    RunJob.Summary s;
    try {
      s = RunJob.run(spark, jobConfig, inputs, label);
    } finally {
      spark.stop();
    }
    System.out.printf("run %s published to %s%n", s.runId(), Secrets.redactUris(s.output()));
    System.out.printf("input records %d = accepted %d + rejected %d + duplicates %d%n",
        s.inputRecords(), s.accepted(), s.rejected(), s.duplicates());
    System.out.printf("tokens %d, mentions %d, claims %d; NLP %.1f s = %.0f tokens/s%n",
        s.tokens(), s.mentions(), s.claims(), s.nlpSeconds(), s.tokensPerSecond());
    s.stageSeconds().forEach((stage, sec) -> System.out.printf("  %-12s %7.1f s%n", stage, sec));
    System.out.printf("query: jobs/claimgraph sql --output %s \"SELECT * FROM runs\"%n",
        Secrets.redactUris(jobConfig.output()));
    return 0;
  }
}
