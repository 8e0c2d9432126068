package org.claimgraph.tables;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * One output table: its name, what a row is, its columns (each with a comment that ends up in the
 * Delta schema and the README) and the columns its rows are sorted by within each file (so that file
 * statistics let a query on them skip files), if any.
 */
public record TableSpec(String name, String rowMeaning, StructType schema, List<String> sortBy) {

  /** A column with its documentation, kept in the field metadata under {@code comment}. */
  public static StructField column(String name, DataType type, boolean nullable, String comment) {
    Metadata doc = new MetadataBuilder().putString("comment", comment).build();
    return new StructField(name, type, nullable, doc);
  }

  public static String comment(StructField field) {
    return field.metadata().contains("comment") ? field.metadata().getString("comment") : "";
  }

  /**
   * The columns whose minimum and maximum Delta keeps per file: those a file's range can be narrow
   * on, so that a filter or a MERGE on them skips files (ids, sort keys, numbers, times). Free text,
   * flags and nested values are left out: their ranges span nearly every file, and collecting them
   * was most of what the statistics cost a write.
   */
  public List<String> statsColumns() {
    return Arrays.stream(schema.fields()).filter(this::worthStatistics).map(StructField::name).toList();
  }

  private boolean worthStatistics(StructField f) {
    DataType type = f.dataType();
    return type instanceof NumericType || type instanceof DateType || type instanceof TimestampType
        || type instanceof StringType && (f.name().endsWith("_id") || sortBy.contains(f.name()));
  }

  public List<String> columnNames() {
    return List.of(schema.fieldNames());
  }

  /** A Markdown table of the columns, used to keep the README in step with the code. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("### `").append(name).append("`\n\n").append(rowMeaning);
    if (!sortBy.isEmpty()) {
      out.append(" Rows are sorted by `").append(String.join("`, `", sortBy)).append("` within each file.");
    }
    out.append("\n\n| column | type | null? | meaning |\n|---|---|---|---|\n");
    for (StructField f : schema.fields()) {
      out.append("| `").append(f.name()).append("` | ").append(f.dataType().simpleString())
          .append(" | ").append(f.nullable() ? "yes" : "no").append(" | ")
          .append(comment(f).replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }
}
