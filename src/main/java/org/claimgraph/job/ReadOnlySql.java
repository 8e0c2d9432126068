package org.claimgraph.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.claimgraph.ClaimgraphException;
import scala.runtime.BoxedUnit;

/**
 * {@code claimgraph sql} answers questions; it never changes the tables or reaches past Spark. A
 * statement is parsed first and refused when any node of its plan writes, creates, drops or alters
 * (INSERT OVERWRITE DIRECTORY over a live table's folder destroys it), or when it calls a function
 * that reaches into the JVM ({@code reflect('java.lang.System', 'getenv', …)} prints cloud keys).
 */
final class ReadOnlySql {
  private ReadOnlySql() {}

  /** Plan nodes that change something, whatever Spark or Delta calls the command exactly. */
  private static final Pattern WRITES = Pattern.compile(
      "Insert|Create|Drop|Alter|Delete|Update|Merge|Overwrite|Replace|Truncate|Cache|Refresh|Load|Restore|Vacuum"
          + "|Optimize|AddJar|AddFile|AddArchive|Repair|Clone|Convert|Rename|Analyze|Reorg|Msck|Recover");

  /** Commands that only look: SHOW …, DESCRIBE …, EXPLAIN, and SET of a session setting. */
  private static final Pattern LOOKS = Pattern.compile("^(Show|Describe|Explain|SetCommand$|ResetCommand$).*");

  private static final List<String> JVM_FUNCTIONS = List.of("reflect", "java_method");

  static void check(SparkSession spark, String statement) {
    LogicalPlan plan;
    try {
      plan = spark.sessionState().sqlParser().parsePlan(statement);
    } catch (ParseException e) {
      throw ClaimgraphException.of("The SQL statement does not parse.", firstLine(e.getMessage()),
          "Correct the statement; `claimgraph sql` runs Spark SQL (SELECT, WITH, SHOW, DESCRIBE).");
    }
    List<String> refused = new ArrayList<>();
    plan.foreach(node -> {
      String name = node.getClass().getSimpleName();
      boolean command = node instanceof Command;
      if ((command && !LOOKS.matcher(name).matches()) || (!LOOKS.matcher(name).matches() && WRITES.matcher(name).find())) {
        refused.add(name);
      }
      String text = node.simpleString(200).toLowerCase(Locale.ROOT);
      for (String function : JVM_FUNCTIONS) {
        if (text.contains("'" + function + "(")) {
          refused.add(function + "()");
        }
      }
      return BoxedUnit.UNIT;
    });
    if (!refused.isEmpty()) {
      throw ClaimgraphException.of("`claimgraph sql` runs queries only; this statement uses " + String.join(", ", refused) + ".",
          "The tables are the published output of runs; a statement that writes, creates, drops or alters would "
              + "change or destroy them for every reader, and JVM functions reach outside Spark.",
          "Use SELECT/WITH/SHOW/DESCRIBE. To change the tables, run `claimgraph run`; to roll back, see the README "
              + "(RESTORE or --as-of); to copy them, `claimgraph export`.");
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "Spark gave no detail.";
    }
    String line = message.strip().lines().findFirst().orElse(message);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
