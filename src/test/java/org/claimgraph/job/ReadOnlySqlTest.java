package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlySqlTest {
  private final SparkSession spark = SparkTestSession.get();

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT OVERWRITE DIRECTORY '/tmp/out/claims' SELECT 1",
      "INSERT INTO claims SELECT * FROM claims",
      "CREATE TABLE x (a INT) LOCATION '/tmp/anywhere'",
      "CREATE TABLE y USING parquet AS SELECT 1",
      "DROP TABLE claims",
      "ALTER TABLE claims ADD COLUMNS (x INT)",
      "DELETE FROM delta.`/tmp/out/claims`",
      "UPDATE delta.`/tmp/out/claims` SET run_id = 'x'",
      "CACHE TABLE claims",
      "CREATE OR REPLACE TEMP VIEW v AS SELECT 1",
      "SELECT reflect('java.lang.System', 'getenv', 'HOME')",
      "SELECT java_method('java.lang.System', 'getenv', 'HOME')",
      "SELECT * FROM (SELECT REFLECT('java.lang.System', 'getProperty', 'user.home'))",
  })
  void statementsThatWriteOrReachTheJvmAreRefused(String statement) {
    assertThatThrownBy(() -> ReadOnlySql.check(spark, statement)).isInstanceOf(ClaimgraphException.class)
        .hasMessageContaining("queries only");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT count(*) FROM claims",
      "WITH t AS (SELECT 1 AS a) SELECT a FROM t",
      "SHOW VIEWS",
      "DESCRIBE TABLE claims",
      "DESCRIBE HISTORY delta.`/tmp/out/claims`",
      "SET spark.sql.parser.quotedRegexColumnNames=true",
      "SELECT replace(text, 'a', 'b'), upper(text) FROM claims",
  })
  void queriesPass(String statement) {
    assertThatCode(() -> ReadOnlySql.check(spark, statement)).doesNotThrowAnyException();
  }

  @Test
  void aSyntaxErrorIsOneClearMessage() {
    assertThatThrownBy(() -> ReadOnlySql.check(spark, "SELEC 1")).isInstanceOf(ClaimgraphException.class)
        .hasMessageContaining("does not parse").hasMessageContaining("SELEC");
  }
}
