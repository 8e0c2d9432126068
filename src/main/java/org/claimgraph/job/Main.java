package org.claimgraph.job;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Secrets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimgraph command line. The only place that ends the JVM with an exit code. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Turns news articles into Delta Lake tables of who said what, about whom, when.",
    subcommands = {RunCommand.class, SqlCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class, TablesCommand.class,
        OptimizeCommand.class, ExportCommand.class, ReportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the job failed unexpectedly (a bug or an infrastructure failure; see the log)",
        "2:wrong command-line usage (an unknown option, a missing value)",
        "3:a problem you can fix: bad config, missing input, unusable model (the message says how)"})
public final class Main implements Runnable {
  static final int USER_ERROR = 3;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    // Before anything touches a local file through Hadoop: its cache keeps the first filesystem made.
    SparkSessions.useNioLocalFiles();
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((error, commandLine, parsed) -> {
      Throwable root = error;
      while (root != null && !(root instanceof ClaimgraphException)) {
        root = root.getCause();
      }
      if (root instanceof ClaimgraphException userError) {
        commandLine.getErr().println(userError.userMessage());
        return USER_ERROR;
      }
      // A file system's own exception may quote the path it was given, user:password@ included.
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      commandLine.getErr().println(Secrets.redactUris("claimgraph failed: " + error));
      commandLine.getErr().print(Secrets.redactUris(trace.toString()));
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"claimgraph " + Version.CLAIMGRAPH};
    }
  }
}
