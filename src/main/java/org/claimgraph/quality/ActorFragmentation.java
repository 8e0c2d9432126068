package org.claimgraph.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.claimgraph.actors.ActorNames;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.actors.Actors;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.Tables;

/**
 * How scattered the most mentioned actors are: for the actors with the most mentions, the share of
 * the mentions of their names that do not land in them (another actor, or none, as a possessive
 * tagged MISC has). An actor's name forms are its canonical name and, for a person, the surname
 * (last word of a canonical name of two words or more); a mention is of a name form when its text,
 * without possessive and titles ({@link ActorNames#nameForm}), has the same PER match key. A surname
 * belongs to the full name it ends even when a top actor is that surname alone (a lone "Trump" is a
 * fragment of Donald Trump); a surname of two top actors ("Clinton" for Hillary and Bill) belongs to
 * neither.
 */
public final class ActorFragmentation {
  private ActorFragmentation() {}

  public record ActorShare(String actorId, String name, String type, long mentionsOfNames, long elsewhere, long unlinked) {
    public double share() {
      return mentionsOfNames == 0 ? 0 : (elsewhere + unlinked) / (double) mentionsOfNames;
    }
  }

  public record Result(List<ActorShare> actors) {
    public long mentionsOfNames() {
      return actors.stream().mapToLong(ActorShare::mentionsOfNames).sum();
    }

    public long notInTheActor() {
      return actors.stream().mapToLong(a -> a.elsewhere() + a.unlinked()).sum();
    }

    public double share() {
      return mentionsOfNames() == 0 ? 0 : notInTheActor() / (double) mentionsOfNames();
    }
  }

  private static final UserDefinedFunction FORM_KEY = udf(
      (UDF1<String, String>) text -> text == null ? null : ActorNames.key(ActorNames.nameForm(text), "PER"),
      DataTypes.StringType);

  /**
   * @param mentions rows with {@code text} and {@code actor_id} (the {@code mentions} table)
   * @param actors rows with {@code actor_id}, {@code canonical_name}, {@code type}, {@code mentions}
   */
  public static Result of(Dataset<Row> mentions, Dataset<Row> actors, int top) {
    List<Row> topActors = actors.orderBy(col("mentions").desc(), col("actor_id"))
        .select("actor_id", "canonical_name", "type").limit(top).collectAsList();
    Map<String, Set<String>> surnameOf = new HashMap<>();
    Map<String, Set<String>> fullNameOf = new HashMap<>();
    for (Row a : topActors) {
      String full = fullForm(a.getString(1));
      if (full.isEmpty()) {
        continue;
      }
      fullNameOf.computeIfAbsent(full, k -> new HashSet<>()).add(a.getString(0));
      String surname = surname(full, a.getString(2));
      if (surname != null) {
        surnameOf.computeIfAbsent(surname, k -> new HashSet<>()).add(a.getString(0));
      }
    }
    // A surname belongs to the one full name it ends (a top actor that is the surname alone, like a
    // lone "Trump", is a fragment of that person); shared by two full names it belongs to neither.
    Map<String, String> ownerOf = new HashMap<>();
    fullNameOf.forEach((form, owners) -> {
      if (owners.size() == 1 && !surnameOf.containsKey(form)) {
        ownerOf.put(form, owners.iterator().next());
      }
    });
    surnameOf.forEach((form, owners) -> {
      if (owners.size() == 1) {
        ownerOf.put(form, owners.iterator().next());
      }
    });
    Dataset<Row> counted = mentions.withColumn("form", FORM_KEY.apply(col("text")))
        .filter(col("form").isin(ownerOf.keySet().toArray()))
        .groupBy("form", "actor_id").agg(count("*").as("n"));
    Map<String, long[]> byActor = new HashMap<>();
    for (Row r : counted.collectAsList()) {
      String owner = ownerOf.get(r.getString(0));
      long[] c = byActor.computeIfAbsent(owner, k -> new long[3]);
      long n = r.getLong(2);
      c[0] += n;
      if (r.isNullAt(1)) {
        c[2] += n;
      } else if (!r.getString(1).equals(owner)) {
        c[1] += n;
      }
    }
    List<ActorShare> out = new ArrayList<>();
    for (Row a : topActors) {
      long[] c = byActor.getOrDefault(a.getString(0), new long[3]);
      out.add(new ActorShare(a.getString(0), a.getString(1), a.getString(2), c[0], c[1], c[2]));
    }
    return new Result(out);
  }

  /** The PER match key of a canonical name without titles: the full-name form. */
  static String fullForm(String canonicalName) {
    return ActorNames.key(ActorNames.nameForm(canonicalName), "PER");
  }

  /** The surname form of a person's full-name form of two words or more; null for others. */
  static String surname(String fullForm, String type) {
    String[] tokens = fullForm.split(" ");
    return "PER".equals(type) && tokens.length >= 2 ? tokens[tokens.length - 1] : null;
  }

  /** The figure on a claimgraph output's published tables. */
  public static Result ofOutput(SparkSession spark, String outputDir, int top) {
    OutputStore store = OutputStore.at(spark, outputDir);
    return of(store.readPublished(Tables.MENTIONS), store.readPublished(Tables.ACTORS), top);
  }

  /**
   * The figure the current rules would give on an output: its stored mentions resolved again (the
   * tagger's mentions are kept, only the actors are decided anew), actors recomputed from them.
   */
  public static Result ofOutputResolvedAgain(SparkSession spark, String outputDir, int top) {
    OutputStore store = OutputStore.at(spark, outputDir);
    Dataset<Row> resolved = ActorResolution.resolve(store.readPublished(Tables.MENTIONS), null).mentionsWithActor().cache();
    Dataset<Row> noClaims = store.readPublished(Tables.CLAIMS).limit(0);
    return of(resolved, Actors.table(resolved, noClaims), top);
  }

  public static Result print(Result r, String label) {
    System.out.printf("fragmentation [%s]: %.1f%% of %d mentions of the top %d actors' names are not in the actor%n",
        label, 100 * r.share(), r.mentionsOfNames(), r.actors().size());
    for (ActorShare a : r.actors()) {
      System.out.printf("  %-32s %s  %6d mentions of its names, %5d in another actor, %5d in none (%.1f%%)%n",
          a.name(), a.type(), a.mentionsOfNames(), a.elsewhere(), a.unlinked(), 100 * a.share());
    }
    return r;
  }
}
