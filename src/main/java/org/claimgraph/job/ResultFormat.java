package org.claimgraph.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** How {@code claimgraph sql} prints a result: for people (table) or for scripts and BI tools (csv, json). */
enum ResultFormat {
  /** Spark's ASCII table, the first {@code --rows} rows. */
  TABLE {
    @Override
    void print(Dataset<Row> result, int rows, PrintStream out) {
      out.println(result.showString(rows, 0, false));
    }
  },
  /** RFC 4180: a header row, then every row; arrays, maps and structs as JSON text. */
  CSV {
    @Override
    void print(Dataset<Row> result, int rows, PrintStream out) {
      Column[] columns = Arrays.stream(result.schema().fields()).map(ResultFormat::flat).toArray(Column[]::new);
      out.print(Arrays.stream(result.columns()).map(ResultFormat::quoted).collect(Collectors.joining(",")) + "\r\n");
      for (Row row : rows(result.select(columns))) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
          line.append(i == 0 ? "" : ",").append(row.isNullAt(i) ? "" : quoted(String.valueOf(row.get(i))));
        }
        out.print(line.append("\r\n"));
      }
    }
  },
  /** JSON Lines: one object per row, every column present (null as null), dates as yyyy-MM-dd. */
  JSON {
    @Override
    void print(Dataset<Row> result, int rows, PrintStream out) {
      Column[] all = Arrays.stream(result.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
      for (Row row : rows(result.select(to_json(struct(all), Map.of("ignoreNullFields", "false"))))) {
        out.println(row.getString(0));
      }
    }
  };

  abstract void print(Dataset<Row> result, int rows, PrintStream out);

  /**
   * Every row, one partition at a time and in order: csv and json print whole results (a table exported for
   * a BI tool), which the driver need not hold at once.
   */
  private static Iterable<Row> rows(Dataset<Row> result) {
    return result::toLocalIterator;
  }

  private static Column flat(StructField field) {
    Column c = col("`" + field.name() + "`");
    boolean nested = field.dataType() instanceof ArrayType || field.dataType() instanceof MapType
        || field.dataType() instanceof StructType;
    return nested ? to_json(c).as(field.name()) : c;
  }

  private static String quoted(String value) {
    boolean plain = value.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
    return plain ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
