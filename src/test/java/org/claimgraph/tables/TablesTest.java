package org.claimgraph.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class TablesTest {
  @Test
  void everyColumnOfEveryTableIsDocumented() {
    for (TableSpec table : Tables.ALL) {
      for (StructField field : table.schema().fields()) {
        assertThat(TableSpec.comment(field)).as(table.name() + "." + field.name()).isNotBlank();
      }
      assertThat(table.columnNames()).containsAll(table.partitionBy());
    }
  }

  @Test
  void tableNamesAreUniqueAndFoundByName() {
    assertThat(Tables.ALL.stream().map(TableSpec::name).distinct().count()).isEqualTo(Tables.ALL.size());
    assertThat(Tables.byName("mentions")).isSameAs(Tables.MENTIONS);
  }
}
