package org.claimgraph.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;

/** The {@code actor_aliases} table: every surface form an actor was mentioned by, and by which rule. */
public final class ActorAliases {
  private ActorAliases() {}

  public static Dataset<Row> table(Dataset<Row> mentionsWithActor) {
    Dataset<Row> byRule = mentionsWithActor.filter(col("actor_id").isNotNull())
        .groupBy("actor_id", "alias", "alias_rule")
        .agg(count("*").as("n"), min("published").as("first_seen"), max("published").as("last_seen"));
    // A corpus-level merge outranks the majority: "Trump" is mostly linked to Donald Trump within
    // articles, and the alias row must still show that some lone uses were joined across articles.
    Column acrossArticles = col("alias_rule").contains(DominantFullNames.RULE).or(col("alias_rule").contains(CorpusTypeVotes.RULE));
    Dataset<Row> aliases = byRule.groupBy("actor_id", "alias")
        .agg(sum("n").as("count"),
            max(struct(acrossArticles, col("n"), col("alias_rule"))).getField("alias_rule").as("rule"),
            min("first_seen").as("first_seen"), max("last_seen").as("last_seen"));
    return TableConformance.conform(Tables.ACTOR_ALIASES, aliases);
  }
}
