package org.claimgraph.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.Secrets;
import org.claimgraph.nlp.ModelRegistry;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command takes, declared once: the config file, the Spark master, the model,
 * the output and the corpora. None has a picocli default, so an option left out leaves the
 * {@code --config} file's value, or else the key's default in {@link JobConfig}, in force; and
 * the master left out is the one spark-submit passes, so a submitted command runs on its cluster.
 * {@code --conf} settings go to the session over the file's {@code conf.} keys.
 * Inherited, so that {@code eval --data DIR ner} and {@code eval ner --data DIR} both work.
 */
final class CommonOptions {
  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Java properties file with any of the keys in jobs/conf/claimgraph.properties; options given "
          + "on the command line win over it.")
  Path config;

  @Option(names = "--master", paramLabel = "URL", scope = ScopeType.INHERIT,
      description = "Spark master (local[2], yarn, spark://…). Default: the one spark-submit passes, else local[*].")
  String master;

  @Option(names = "--models", paramLabel = "SPEC", scope = ScopeType.INHERIT,
      description = "default (models/" + ModelRegistry.DEFAULT_MODEL + " in the checkout), a model directory (local, hdfs://, "
          + "s3a://) or pretrained:NAME (needs network). Used by run, eval and bench. Default: "
          + JobConfig.DEFAULT_MODELS + ".")
  String models;

  @Option(names = "--output", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Output directory: the Delta tables run publishes and sql, export, optimize and report read (eval actors, "
          + "given one, measures its fragmentation). "
          + "Default: " + JobConfig.DEFAULT_OUTPUT + ".")
  String output;

  @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Folder with the open corpora (conll2003/, ud-ewt/, news/, polnear/, html/) that train, eval and "
          + "bench read. Default: " + JobConfig.DEFAULT_DATA + ".")
  String data;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT, converter = SparkSettingConverter.class,
      description = "A Spark or Hadoop setting for the session (spark.*, spark.hadoop.*), repeatable; wins over "
          + "conf.KEY = VALUE in the --config file. Values of keys that look secret (secret, password, token, "
          + "credential, access.key, ...key) and the user:password@ of a URI are stored and shown only as "
          + Secrets.REDACTED + ".")
  List<SparkSetting> conf = List.of();

  /** One {@code --conf KEY=VALUE}. */
  record SparkSetting(String key, String value) {}

  /**
   * Checks a {@code --conf} while the command line is read, so a malformed one is a usage error
   * (exit 2) before anything starts. The messages never quote a value: it may be a secret.
   */
  static final class SparkSettingConverter implements ITypeConverter<SparkSetting> {
    @Override
    public SparkSetting convert(String arg) {
      int eq = arg.indexOf('=');
      if (eq < 0) {
        throw new TypeConversionException("'" + Secrets.redact(arg, arg) + "' has no '='; write --conf KEY=VALUE, "
            + "e.g. --conf spark.hadoop.fs.s3a.endpoint=http://127.0.0.1:9000.");
      }
      String key = arg.substring(0, eq).strip();
      String problem = JobConfig.sparkKeyProblem(key);
      if (problem != null) {
        throw new TypeConversionException(problem);
      }
      return new SparkSetting(key, arg.substring(eq + 1));
    }
  }

  /** The configuration: these options, then the {@code --config} file, then the defaults; checked. */
  JobConfig config() {
    return config(Map.of());
  }

  /**
   * As {@link #config()}, with a command's own flags (key to value, null when not given) beside
   * these options.
   */
  JobConfig config(Map<String, String> commandFlags) {
    Map<String, String> flags = new LinkedHashMap<>(commandFlags);
    flags.put(JobConfig.OUTPUT.name(), output);
    flags.put(JobConfig.MASTER.name(), master);
    flags.put(JobConfig.MODELS.name(), models);
    flags.put(JobConfig.DATA.name(), data);
    Map<String, String> spark = new LinkedHashMap<>();
    conf.forEach(setting -> spark.put(setting.key(), setting.value()));
    return JobConfig.resolve(config, flags, spark);
  }

  /** A session on the configured master (see {@link SparkSessions#create}). */
  static SparkSession session(String command, JobConfig config) {
    return SparkSessions.create("claimgraph " + command, config.master(), config.sparkSettings());
  }
}
