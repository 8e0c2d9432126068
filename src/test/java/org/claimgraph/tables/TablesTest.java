package org.claimgraph.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class TablesTest {
  @Test
  void everyColumnOfEveryTableIsDocumented() {
    for (TableSpec table : Tables.ALL) {
      for (StructField field : table.schema().fields()) {
        assertThat(TableSpec.comment(field)).as(table.name() + "." + field.name()).isNotBlank();
      }
      assertThat(table.columnNames()).containsAll(table.sortBy());
    }
  }

  @Test
  void theReadmeDocumentsEveryColumnOfEveryTable() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (TableSpec table : Tables.ALL) {
      assertThat(readme).as("README section for " + table.name()).contains("#### `" + table.name() + "`");
      for (StructField field : table.schema().fields()) {
        assertThat(readme).as(table.name() + "." + field.name() + " in the README")
            .contains("| `" + field.name() + "` | " + field.dataType().simpleString());
      }
    }
  }

  @Test
  void tableNamesAreUniqueAndFoundByName() {
    assertThat(Tables.ALL.stream().map(TableSpec::name).distinct().count()).isEqualTo(Tables.ALL.size());
    assertThat(Tables.byName("mentions")).isSameAs(Tables.MENTIONS);
  }
}
