package org.claimgraph.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;

/** Brings a Dataset to exactly a table's declared columns, order, types and column docs. */
public final class TableConformance {
  private TableConformance() {}

  public static Dataset<Row> conform(TableSpec table, Dataset<Row> rows) {
    Set<String> present = Arrays.stream(rows.columns()).collect(Collectors.toSet());
    List<String> missing = table.columnNames().stream().filter(c -> !present.contains(c)).toList();
    if (!missing.isEmpty()) {
      // A programming error, not a user error: a stage did not produce what its table declares.
      throw new IllegalStateException("table " + table.name() + " is missing columns " + missing
          + "; the Dataset has " + present);
    }
    List<Column> columns = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      Column column = rows.col(field.name());
      // Parquet reads every nested field back as nullable; Spark refuses to cast that to the declared
      // non-null shape, and the values need no cast when only nullability differs.
      DataType actual = rows.schema().apply(field.name()).dataType();
      if (!actual.sameType(field.dataType())) {
        column = column.cast(field.dataType());
      }
      columns.add(column.as(field.name(), field.metadata()));
    }
    return rows.select(columns.toArray(Column[]::new));
  }
}
