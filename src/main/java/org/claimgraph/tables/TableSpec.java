package org.claimgraph.tables;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

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
