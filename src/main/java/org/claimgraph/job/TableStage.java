package org.claimgraph.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.claimgraph.actors.ActorAliases;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.actors.Actors;
import org.claimgraph.actors.CorpusTypeVotes;
import org.claimgraph.actors.DominantFullNames;
import org.claimgraph.graph.ActorDaily;
import org.claimgraph.graph.ClaimEdges;
import org.claimgraph.graph.ClaimLinks;
import org.claimgraph.graph.Cooccurrences;
import org.claimgraph.graph.DerivedUpdate;
import org.claimgraph.graph.Stories;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.PublishedRun;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The table stage of a run: writes what the run's articles change, and only that.
 *
 * <p>The base tables change where the run's articles are (one MERGE per table), plus two kinds of old
 * rows that follow them, updated by a second MERGE: articles whose story a new copy joined, and
 * lone-name mentions whose corpus-level decision the new evidence changed (with those articles' claim
 * links). Every derived row is recomputed only for the keys those changed articles name, from the
 * stored rows of those keys ({@link DerivedUpdate}; {@code cooccurrences} from per-story
 * contributions), and each derived table is written whole from its other stored rows and those
 * ({@link #writeDerived}). So a run computes what its input changes, writing the derived tables costs
 * what their size costs (as a MERGE of keys found in every file did), and a day-by-day series of runs
 * ends where one run over all days ends.
 *
 * <p>A rebuild (every stored article treated as new) happens when the output was written by a
 * version without the stored evidence columns, or when what the actors depend on changed: the alias
 * overrides or the per-article actor bound, recorded in {@code runs.config} as {@value #DERIVATION_KEY}.
 */
final class TableStage {
  private static final Logger LOG = LoggerFactory.getLogger(TableStage.class);

  static final String DERIVATION_KEY = "derivation-digest";

  /** Old article ids are changed by the run in these ways; derived keys follow all of them. */
  private static final List<String> MENTION_ACTOR_COLUMNS = ActorResolution.ADDED;
  private static final List<String> CLAIM_ACTOR_COLUMNS = List.of("source_actor_id", "about_actor_ids");

  record Written(Map<String, Long> versions, long mentions, long claims, long cappedArticles) {}

  private final SparkSession spark;
  private final OutputStore store;
  private final Optional<PublishedRun> live;
  private final boolean rebuild;
  private final String derivation;
  private final int maxActors;
  private final Dataset<Row> overrides;
  private final Map<String, Long> versions = new ConcurrentHashMap<>();
  private final String checkpoints;
  private final LongSupplier shuffleBytes;
  private final AtomicInteger kept = new AtomicInteger();

  /** @param shuffleBytes the shuffle bytes the session's tasks have written so far, for the cost lines */
  TableStage(SparkSession spark, OutputStore store, JobConfig config, Dataset<Row> overrides, String runId,
      LongSupplier shuffleBytes) {
    this.spark = spark;
    this.shuffleBytes = shuffleBytes;
    this.store = store;
    store.clearCheckpoints();
    this.checkpoints = store.checkpointDir(runId);
    this.maxActors = config.maxActorsPerArticle();
    this.overrides = overrides;
    this.derivation = digest(overrides, maxActors);
    Optional<PublishedRun> published = config.replace() ? Optional.empty() : store.published();
    this.rebuild = published.isPresent() && !derivation.equals(previousDerivation(published.get()));
    this.live = published;
  }

  /** The line the run records in {@code runs.config}, so the next run knows what its actors rest on. */
  String derivationLine() {
    return DERIVATION_KEY + "=" + derivation;
  }

  /**
   * @param annotatedArticles this run's accepted articles with their counts and MinHash signature
   *     ({@code minhash}); extra columns are dropped
   * @param freshMentions this run's mentions, before actors
   * @param freshClaims this run's claims, before actor links
   */
  Written write(Dataset<Row> annotatedArticles, Dataset<Row> rejected, Dataset<Row> freshMentions,
      Dataset<Row> freshClaims) {
    Dataset<Row> articles = inputColumns(annotatedArticles, Tables.ARTICLES, List.of("story_id"));
    Dataset<Row> mentions = inputColumns(freshMentions, Tables.MENTIONS, MENTION_ACTOR_COLUMNS);
    Dataset<Row> claims = inputColumns(freshClaims, Tables.CLAIMS, CLAIM_ACTOR_COLUMNS);
    Dataset<Row> storedArticles = store.read(Tables.ARTICLES, live);
    Dataset<Row> storedMentions = store.read(Tables.MENTIONS, live);
    Dataset<Row> storedClaims = store.read(Tables.CLAIMS, live);
    if (live.isEmpty()) {
      return writeWhole(articles, rejected, mentions, claims);
    }
    if (rebuild) {
      // Old rows come back in as input: a rebuild is the run every article would have had today.
      Dataset<Row> ids = articles.select("article_id").distinct();
      return writeWhole(untouched(storedArticles, ids).select(columns(articles)).unionByName(articles), rejected,
          untouched(storedMentions, ids).select(columns(mentions)).unionByName(mentions),
          untouched(storedClaims, ids).select(columns(claims)).unionByName(claims));
    }
    Dataset<Row> freshIds = keep("freshIds", articles.select("article_id").distinct());
    Dataset<Row> untouchedArticles = untouched(storedArticles, freshIds);
    store.broadcastMergeSources(freshIds.count() <= MAX_BROADCAST_ARTICLES);
    try (ParallelWrites writes = new ParallelWrites()) {
      return writeChanges(writes, articles, rejected, mentions, claims, freshIds, untouchedArticles, storedArticles,
          storedMentions, storedClaims);
    }
  }

  /**
   * The incremental write. Stories and actors are two chains of intermediates that meet only in the
   * keys of the derived rows, so they run side by side; every intermediate reads the stored tables at
   * the live run's versions, so the base tables' new commits do not change what they see.
   */
  private Written writeChanges(ParallelWrites writes, Dataset<Row> articles, Dataset<Row> rejected,
      Dataset<Row> mentions, Dataset<Row> claims, Dataset<Row> freshIds, Dataset<Row> untouchedArticles,
      Dataset<Row> storedArticles, Dataset<Row> storedMentions, Dataset<Row> storedClaims) {
    CompletableFuture<Void> rejectedWritten = writes.run(() -> put(Tables.REJECTED, () -> writeRejected(rejected)));

    // Stories: the run's signatures among every stored one; old articles that a new copy joins move story.
    CompletableFuture<Dataset<Row>> storyOf = writes.submit(() -> keep("storyOf", Stories.assignAmong(
        articles.select("article_id", "minhash"), storedArticles.select("article_id", "minhash"),
        rows -> keep("stories-step", rows))));
    CompletableFuture<Dataset<Row>> freshArticles = writes.submit(() -> keep("freshArticles",
        TableConformance.conform(Tables.ARTICLES, articles.join(value(storyOf), on("article_id")))), storyOf);
    CompletableFuture<Dataset<Row>> storyMoved = writes.submit(() -> keep("storyMoved",
        untouchedArticles.select(col("article_id"), col("story_id").as("old_story"))
            .join(value(storyOf), on("article_id"))
            .filter(col("story_id").notEqual(col("old_story")))), storyOf);

    // Mentions: the run's articles in-article, then the corpus-level decisions they touch taken again,
    // type votes first (they decide which mentions are lone names), then dominant full names. Old
    // articles with a name whose decision changed are resolved again.
    Dataset<Row> touchedStored = storedMentions.join(freshIds, on("article_id"), "left_semi");
    Dataset<Row> untouchedStored = untouched(storedMentions, freshIds);
    CompletableFuture<Dataset<Row>> freshInArticle = writes.submit(
        () -> keep("freshInArticle", ActorResolution.resolveInArticle(mentions, overrides)));
    CompletableFuture<Dataset<Row>> names = writes.submit(() -> keep("names",
        keys(CorpusTypeVotes.NAME_KEY, value(freshInArticle), touchedStored)), freshInArticle);
    CompletableFuture<Dataset<Row>> types = writes.submit(() -> keep("types", CorpusTypeVotes.dominant(
        on(typeEvidence(untouchedStored, value(freshInArticle)), CorpusTypeVotes.NAME_KEY, value(names)))), names);
    CompletableFuture<Dataset<Row>> freshTyped = writes.submit(() -> keep("freshTyped",
        CorpusTypeVotes.apply(value(freshInArticle), value(types))), types);
    CompletableFuture<Dataset<Row>> lones = writes.submit(() -> keep("lones",
        keys(DominantFullNames.LONE_NAME, value(freshTyped), touchedStored)), freshTyped);
    CompletableFuture<Dataset<Row>> decisions = writes.submit(() -> keep("decisions", DominantFullNames.dominant(
        on(loneEvidence(untouchedStored, value(freshTyped)), DominantFullNames.LONE_NAME, value(lones)))), lones);
    // Only mentions the changed decision can move bring their article back: on 2,000 AllSides articles
    // "American" becoming an ORG (MISC not joining) otherwise re-resolved every article saying "American".
    CompletableFuture<Dataset<Row>> movedIds = writes.submit(() -> {
      Dataset<Row> changedNames = changed(CorpusTypeVotes.dominant(
              on(CorpusTypeVotes.evidence(storedMentions), CorpusTypeVotes.NAME_KEY, value(names))),
          value(types), "c_name_key", CorpusTypeVotes.NAME_KEY);
      Dataset<Row> changedLones = changed(DominantFullNames.dominant(
              on(DominantFullNames.evidence(storedMentions), DominantFullNames.LONE_NAME, value(lones))),
          value(decisions), "d_lone_name", DominantFullNames.LONE_NAME);
      Dataset<Row> typeChanges = broadcast(changedNames.select(col(CorpusTypeVotes.NAME_KEY).as("k_key"),
          functions.coalesce(col("was_c_misc_joins"), functions.lit(false))
              .or(functions.coalesce(col("is_c_misc_joins"), functions.lit(false))).as("k_misc_joins")));
      return keep("movedIds",
          on(untouchedStored.filter(DominantFullNames.movable()), DominantFullNames.LONE_NAME, changedLones)
              .select("article_id")
              .unionByName(untouchedStored.join(typeChanges, col(CorpusTypeVotes.NAME_KEY).equalTo(col("k_key")))
                  .filter(CorpusTypeVotes.movable(col("k_misc_joins"))).select("article_id"))
              .distinct());
    }, decisions);
    CompletableFuture<Dataset<Row>> freshResolved = writes.submit(() -> keep("freshResolved",
        DominantFullNames.apply(value(freshTyped), value(decisions))), decisions);
    CompletableFuture<Dataset<Row>> freshLinked = writes.submit(
        () -> keep("freshLinked", ClaimLinks.link(claims, value(freshResolved))), freshResolved);
    // A moved article names more than the touched names: its other names keep their decisions, taken
    // from the same evidence.
    CompletableFuture<Dataset<Row>> movedResolved = writes.submit(() -> {
      Dataset<Row> typeEvidence = typeEvidence(untouchedStored, value(freshInArticle));
      Dataset<Row> loneEvidence = loneEvidence(untouchedStored, value(freshTyped));
      Dataset<Row> movedInArticle = keep("movedInArticle", ActorResolution.resolveInArticle(
          untouchedStored.join(value(movedIds), on("article_id"), "left_semi")
              .drop(MENTION_ACTOR_COLUMNS.toArray(String[]::new)), overrides));
      Dataset<Row> movedTyped = keep("movedTyped", CorpusTypeVotes.apply(movedInArticle, CorpusTypeVotes.dominant(
          on(typeEvidence, CorpusTypeVotes.NAME_KEY, keys(CorpusTypeVotes.NAME_KEY, movedInArticle)))));
      return keep("movedResolved", DominantFullNames.apply(movedTyped, DominantFullNames.dominant(
          on(loneEvidence, DominantFullNames.LONE_NAME, keys(DominantFullNames.LONE_NAME, movedTyped)))));
    }, movedIds);
    CompletableFuture<Dataset<Row>> movedLinked = writes.submit(() -> keep("movedLinked", ClaimLinks.link(
        storedClaims.join(value(movedIds), on("article_id"), "left_semi"), value(movedResolved))), movedResolved);

    // A moved article is resolved whole, but most of its rows come out as they were stored; only an
    // article with a changed row can move a derived row.
    CompletableFuture<Dataset<Row>> rewrittenIds = writes.submit(() -> keep("rewrittenIds",
        OutputStore.differing(value(movedResolved), untouchedStored, "mention_id", MENTION_ACTOR_COLUMNS)
            .select("article_id")
            .unionByName(OutputStore.differing(value(movedLinked), storedClaims, "claim_id", CLAIM_ACTOR_COLUMNS)
                .select("article_id"))
            .distinct()),
        movedResolved, movedLinked);
    CompletableFuture<Dataset<Row>> rewrittenMentions = writes.submit(
        () -> value(movedResolved).join(value(rewrittenIds), on("article_id"), "left_semi"), rewrittenIds);
    CompletableFuture<Dataset<Row>> rewrittenClaims = writes.submit(
        () -> value(movedLinked).join(value(rewrittenIds), on("article_id"), "left_semi"), rewrittenIds);

    // What the changed articles named before and after: the keys of every derived row that can move.
    CompletableFuture<Dataset<Row>> changedIds = writes.submit(
        () -> freshIds.unionByName(value(rewrittenIds)).distinct(), rewrittenIds);
    CompletableFuture<Dataset<Row>> actorIds = writes.submit(() -> keysBeforeAndAfter("actorIds",
        DerivedUpdate::actorsNamed, storedMentions, storedClaims, value(changedIds),
        after(freshResolved, rewrittenMentions), after(freshLinked, rewrittenClaims)),
        changedIds, freshLinked, rewrittenMentions, rewrittenClaims);
    CompletableFuture<Dataset<Row>> dates = writes.submit(() -> keysBeforeAndAfter("dates",
        DerivedUpdate::datesCounted, storedMentions, storedClaims, value(changedIds),
        after(freshResolved, rewrittenMentions), after(freshLinked, rewrittenClaims)),
        changedIds, freshLinked, rewrittenMentions, rewrittenClaims);
    CompletableFuture<Dataset<Row>> stories = writes.submit(() -> {
      Dataset<Row> storyArticles = value(changedIds).unionByName(value(storyMoved).select("article_id")).distinct();
      return keep("stories", storedArticles.join(storyArticles, on("article_id"), "left_semi")
          .select("story_id")
          .unionByName(value(freshArticles).join(storyArticles, on("article_id"), "left_semi").select("story_id"))
          .unionByName(value(storyMoved).select("story_id")).distinct());
    }, changedIds, freshArticles, storyMoved);
    CompletableFuture<Dataset<Row>> pairsBefore = writes.submit(() -> keep("pairsBefore",
        store.read(Tables.STORY_PAIRS, live).join(value(stories), on("story_id"), "left_semi")
            .select("actor_a", "actor_b", "window")), stories);

    CompletableFuture<Void> articlesWritten = writes.run(() -> {
      put(Tables.ARTICLES, () -> store.replaceByKey(Tables.ARTICLES, "article_id", value(freshArticles), freshIds));
      store.updateChanged(Tables.ARTICLES, "article_id", value(storyMoved), List.of("story_id"));
      put(Tables.ARTICLES, () -> store.latestVersion(Tables.ARTICLES));
    }, freshArticles, storyMoved);
    CompletableFuture<Void> mentionsWritten = writes.run(() -> put(Tables.MENTIONS, () -> writeBase(Tables.MENTIONS,
        value(freshResolved), freshIds, "mention_id", value(rewrittenMentions), MENTION_ACTOR_COLUMNS)),
        freshResolved, rewrittenMentions);
    CompletableFuture<Void> claimsWritten = writes.run(() -> put(Tables.CLAIMS, () -> writeBase(Tables.CLAIMS,
        value(freshLinked), freshIds, "claim_id", value(rewrittenClaims), CLAIM_ACTOR_COLUMNS)),
        freshLinked, rewrittenClaims);

    // The derived tables are recounted from the base tables as just written.
    value(CompletableFuture.allOf(articlesWritten, mentionsWritten, claimsWritten, rejectedWritten));
    Dataset<Row> articlesNow = store.readLatest(Tables.ARTICLES);
    Dataset<Row> mentionsNow = store.readLatest(Tables.MENTIONS);
    Dataset<Row> claimsNow = store.readLatest(Tables.CLAIMS);
    replaceActorRows(writes, articlesNow, mentionsNow, claimsNow, actorIds, value(dates));
    writeCooccurrences(writes, false, articlesNow, mentionsNow, value(stories), value(pairsBefore));
    return written(writes, value(freshResolved), value(freshLinked));
  }

  private static Dataset<Row> typeEvidence(Dataset<Row> untouchedStored, Dataset<Row> freshInArticle) {
    return CorpusTypeVotes.evidence(untouchedStored).unionByName(CorpusTypeVotes.evidence(freshInArticle));
  }

  private static Dataset<Row> loneEvidence(Dataset<Row> untouchedStored, Dataset<Row> freshTyped) {
    return DominantFullNames.evidence(untouchedStored).unionByName(DominantFullNames.evidence(freshTyped));
  }

  /** The keys of derived rows that the changed articles' mentions and claims give, before the run and after it. */
  private Dataset<Row> keysBeforeAndAfter(String name, BinaryOperator<Dataset<Row>> keysOf, Dataset<Row> storedMentions,
      Dataset<Row> storedClaims, Dataset<Row> changedIds, Dataset<Row> mentionsAfter, Dataset<Row> claimsAfter) {
    Dataset<Row> before = keysOf.apply(storedMentions.join(changedIds, on("article_id"), "left_semi"),
        storedClaims.join(changedIds, on("article_id"), "left_semi"));
    return keep(name, before.unionByName(keysOf.apply(mentionsAfter, claimsAfter)).distinct());
  }

  private static Dataset<Row> after(CompletableFuture<Dataset<Row>> fresh, CompletableFuture<Dataset<Row>> moved) {
    return value(fresh).unionByName(value(moved));
  }

  private static <T> T value(CompletableFuture<T> task) {
    return ParallelWrites.value(task);
  }

  /**
   * A write into an empty output, or a rebuild: every row is the run's, so nothing stored is read,
   * no old row moves and every key is new. The incremental path would give the same tables (the
   * day-by-day test compares them) through a dozen more intermediates, each a Spark job that costs
   * a second or more even when it is empty. The tables share only cached inputs and intermediates,
   * so they are written side by side.
   */
  private Written writeWhole(Dataset<Row> articles, Dataset<Row> rejected, Dataset<Row> mentions,
      Dataset<Row> claims) {
    try (ParallelWrites writes = new ParallelWrites()) {
      CompletableFuture<Dataset<Row>> articlesNow = writes.submit(() -> {
        Dataset<Row> storyOf = keep("storyOf", Stories.assignBySignature(articles.select("article_id", "minhash")));
        return keep("articles", TableConformance.conform(Tables.ARTICLES, articles.join(storyOf, on("article_id"))));
      });
      CompletableFuture<Dataset<Row>> resolved = writes.submit(() -> {
        Dataset<Row> inArticle = keep("inArticle", ActorResolution.resolveInArticle(mentions, overrides));
        Dataset<Row> typed = keep("typed", CorpusTypeVotes.apply(inArticle,
            CorpusTypeVotes.dominant(CorpusTypeVotes.evidence(inArticle))));
        return keep("resolved", DominantFullNames.apply(typed,
            DominantFullNames.dominant(DominantFullNames.evidence(typed))));
      });
      CompletableFuture<Dataset<Row>> linked = writes.submit(
          () -> keep("linked", ClaimLinks.link(claims, value(resolved))), resolved);
      writes.run(() -> put(Tables.REJECTED, () -> writeRejected(rejected)));
      writes.run(() -> put(Tables.ARTICLES, () -> store.overwrite(Tables.ARTICLES, value(articlesNow))), articlesNow);
      writes.run(() -> put(Tables.MENTIONS, () -> store.overwrite(Tables.MENTIONS, value(resolved))), resolved);
      writes.run(() -> put(Tables.CLAIMS, () -> store.overwrite(Tables.CLAIMS, value(linked))), linked);

      // The rows just written are at hand: reading a table back would cost Delta a job to list the
      // files of the version just committed.
      Dataset<Row> articlesRows = value(articlesNow);
      Dataset<Row> mentionsNow = TableConformance.conform(Tables.MENTIONS, value(resolved));
      Dataset<Row> claimsNow = TableConformance.conform(Tables.CLAIMS, value(linked));
      writeActorTables(writes, articlesRows, mentionsNow, claimsNow);
      writeCooccurrences(writes, true, articlesRows, mentionsNow, articlesRows.select("story_id").distinct(), null);
      return written(writes, mentionsNow, claimsNow);
    }
  }

  /** The whole actor tables, from every row: no key to filter on, and no job to find the keys. */
  private void writeActorTables(ParallelWrites writes, Dataset<Row> articlesNow, Dataset<Row> mentionsNow,
      Dataset<Row> claimsNow) {
    writes.run(() -> put(Tables.ACTORS, () -> store.overwrite(Tables.ACTORS,
        Actors.table(mentionsNow, ClaimLinks.made(claimsNow)))));
    writes.run(() -> put(Tables.ACTOR_ALIASES, () -> store.overwrite(Tables.ACTOR_ALIASES,
        ActorAliases.table(mentionsNow))));
    writes.run(() -> put(Tables.CLAIM_EDGES, () -> store.overwrite(Tables.CLAIM_EDGES,
        ClaimEdges.table(ClaimLinks.made(claimsNow)))));
    writes.run(() -> put(Tables.ACTOR_DAILY, () -> store.overwrite(Tables.ACTOR_DAILY,
        ActorDaily.table(mentionsNow, articlesNow, ClaimLinks.made(claimsNow)))));
  }

  /** The actor tables' rows of the given actors and days replaced, recounted from the tables as now written. */
  private void replaceActorRows(ParallelWrites writes, Dataset<Row> articlesNow, Dataset<Row> mentionsNow,
      Dataset<Row> claimsNow, CompletableFuture<Dataset<Row>> actorIds, Dataset<Row> dates) {
    writes.run(() -> put(Tables.ACTORS, () -> replaceDerived(Tables.ACTORS,
        DerivedUpdate.actors(mentionsNow, claimsNow, value(actorIds)), "actor_id", value(actorIds))), actorIds);
    writes.run(() -> put(Tables.ACTOR_ALIASES, () -> replaceDerived(Tables.ACTOR_ALIASES,
        DerivedUpdate.actorAliases(mentionsNow, value(actorIds)), "actor_id", value(actorIds))), actorIds);
    writes.run(() -> put(Tables.CLAIM_EDGES, () -> replaceDerived(Tables.CLAIM_EDGES,
        DerivedUpdate.claimEdges(claimsNow, value(actorIds)), "source_actor_id", value(actorIds))), actorIds);
    writes.run(() -> put(Tables.ACTOR_DAILY, () -> replaceDerived(Tables.ACTOR_DAILY,
        DerivedUpdate.actorDaily(mentionsNow, articlesNow, claimsNow, dates), "date", dates)));
  }

  /** The run's counts, taken side by side with the last writes; returns once every write has committed. */
  private Written written(ParallelWrites writes, Dataset<Row> mentions, Dataset<Row> claims) {
    CompletableFuture<Long> capped = writes.submit(() -> Cooccurrences.cappedArticles(mentions, maxActors).count());
    CompletableFuture<Long> mentionCount = writes.submit(mentions::count);
    CompletableFuture<Long> claimCount = writes.submit(claims::count);
    writes.awaitAll();
    // Sorted, so that runs.table_versions reads the same in every run; an unordered copy did not.
    Written written = new Written(Collections.unmodifiableMap(new TreeMap<>(versions)), value(mentionCount),
        value(claimCount), value(capped));
    store.clearCheckpoints();
    return written;
  }

  /**
   * Stories' contributions replaced, then the pairs they hold before or after recounted over all
   * stories. A whole write has every story's contributions at hand and counts them directly.
   */
  private void writeCooccurrences(ParallelWrites writes, boolean whole, Dataset<Row> articlesNow,
      Dataset<Row> mentionsNow, Dataset<Row> stories, Dataset<Row> pairsBefore) {
    Dataset<Row> members = (whole ? articlesNow : articlesNow.join(broadcast(stories), on("story_id"), "left_semi"))
        .select("article_id", "story_id", "published");
    Cooccurrences.Contributions fresh = Cooccurrences.contributions(
        whole ? mentionsNow : mentionsNow.join(members.select("article_id"), on("article_id"), "left_semi"),
        members, maxActors);
    CompletableFuture<Dataset<Row>> storyPairs = writes.submit(() -> keep("storyPairs", fresh.storyPairs()));
    CompletableFuture<Dataset<Row>> storyActors = writes.submit(() -> keep("storyActors", fresh.storyActors()));
    CompletableFuture<Void> pairsWritten = writes.run(() -> put(Tables.STORY_PAIRS,
        () -> writeDerived(Tables.STORY_PAIRS, whole, value(storyPairs), "story_id", stories)), storyPairs);
    CompletableFuture<Void> actorsWritten = writes.run(() -> put(Tables.STORY_ACTORS,
        () -> writeDerived(Tables.STORY_ACTORS, whole, value(storyActors), "story_id", stories)), storyActors);
    Dataset<Row> storyCount = articlesNow.agg(countDistinct("story_id").as("n_stories"));
    if (whole) {
      writes.run(() -> put(Tables.COOCCURRENCES, () -> store.overwrite(Tables.COOCCURRENCES,
          Cooccurrences.withNpmi(Cooccurrences.counts(value(storyPairs)), value(storyActors), storyCount))),
          storyPairs, storyActors);
      return;
    }
    // The recount reads the story tables as just written, so it waits for both.
    writes.run(() -> {
      Dataset<Row> pairs = keep("pairs",
          pairsBefore.unionByName(value(storyPairs).select("actor_a", "actor_b", "window")).distinct());
      scala.collection.Seq<String> pairKey = on("actor_a", "actor_b", "window");
      Dataset<Row> recounted = Cooccurrences.counts(
          store.readLatest(Tables.STORY_PAIRS).join(broadcast(pairs), pairKey, "left_semi"));
      Dataset<Row> kept = store.read(Tables.COOCCURRENCES, live).drop("npmi").join(pairs, pairKey, "left_anti");
      // The story count changes with every new story, so every row's NPMI is recomputed; it is the only
      // derived table rewritten whole, from its own stored counts and the per-actor story counts.
      Dataset<Row> table = Cooccurrences.withNpmi(kept.unionByName(recounted), store.readLatest(Tables.STORY_ACTORS),
          storyCount);
      put(Tables.COOCCURRENCES, () -> store.overwrite(Tables.COOCCURRENCES, table));
    }, pairsWritten, actorsWritten);
  }

  private long writeBase(TableSpec table, Dataset<Row> fresh, Dataset<Row> freshIds, String key,
      Dataset<Row> moved, List<String> actorColumns) {
    store.replaceByKey(table, "article_id", fresh, freshIds);
    store.updateChanged(table, key, moved, actorColumns);
    return store.latestVersion(table);
  }

  private long replaceDerived(TableSpec table, Dataset<Row> rows, String key, Dataset<Row> keys) {
    return writeDerived(table, false, rows, key, keys);
  }

  /**
   * The derived tables' keys (hashed actor ids, story ids, days of a table sorted only within its
   * files) are spread over every file, so a MERGE of a day's keys rewrote every file anyway, shuffling
   * them through a dozen Spark jobs; one overwrite of the kept rows and the recounted ones reads and
   * writes the same files and shuffles nothing.
   */
  private long writeDerived(TableSpec table, boolean whole, Dataset<Row> rows, String key, Dataset<Row> keys) {
    return whole || !store.isDeltaTable(table) ? store.overwrite(table, rows)
        : store.replaceKeysWhole(table, live, key, rows, keys);
  }

  /**
   * Rejections are replaced file by file: reading a file again re-judges all its records. A run with
   * none leaves the table as it was: a MERGE of nothing still ran a dozen Spark jobs.
   */
  private long writeRejected(Dataset<Row> fresh) {
    Dataset<Row> rows = TableConformance.conform(Tables.REJECTED, fresh);
    if (live.isEmpty() || !store.isDeltaTable(Tables.REJECTED)) {
      return store.overwrite(Tables.REJECTED, rows);
    }
    Long stored = live.get().versions().get(Tables.REJECTED.name());
    if (stored != null && rows.isEmpty()) {
      return stored;
    }
    return store.replaceByKey(Tables.REJECTED, "source_file", rows, rows.select("source_file"));
  }

  /** The table's columns the NLP stage fills: all but those this stage adds. */
  private static Dataset<Row> inputColumns(Dataset<Row> rows, TableSpec table, List<String> added) {
    return rows.select(table.columnNames().stream().filter(c -> !added.contains(c)).map(functions::col)
        .toArray(org.apache.spark.sql.Column[]::new));
  }

  private static scala.collection.Seq<String> on(String... columns) {
    return scala.collection.JavaConverters.asScalaBuffer(List.of(columns)).toSeq();
  }

  private static org.apache.spark.sql.Column[] columns(Dataset<Row> like) {
    return Arrays.stream(like.columns()).map(functions::col).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static Dataset<Row> untouched(Dataset<Row> stored, Dataset<Row> ids) {
    return stored.join(ids, on("article_id"), "left_anti");
  }

  /** The rows whose {@code column} is among the {@code keys} rows' first column (a broadcast filter). */
  private static Dataset<Row> on(Dataset<Row> rows, String column, Dataset<Row> keys) {
    return rows.join(broadcast(keys.select(col(keys.columns()[0]).as("k_key"))),
        col(column).equalTo(col("k_key")), "left_semi");
  }

  /** The distinct non-null values of {@code column} in the given rows. */
  private static Dataset<Row> keys(String column, Dataset<Row>... rows) {
    Dataset<Row> all = rows[0].select(column);
    for (int i = 1; i < rows.length; i++) {
      all = all.unionByName(rows[i].select(column));
    }
    return all.filter(col(column).isNotNull()).distinct();
  }

  /**
   * The keys whose decision differs between two decision sets keyed by {@code key}, named {@code as},
   * with each decision before ({@code was_}) and after ({@code is_}).
   */
  private static Dataset<Row> changed(Dataset<Row> before, Dataset<Row> after, String key, String as) {
    String[] values = Arrays.stream(after.columns()).filter(c -> !c.equals(key)).toArray(String[]::new);
    Dataset<Row> joined = before.select(prefixed(before, key, "was_")).join(after.select(prefixed(after, key, "is_")),
        on(key), "full_outer");
    org.apache.spark.sql.Column same = functions.lit(true);
    for (String v : values) {
      same = same.and(col("was_" + v).eqNullSafe(col("is_" + v)));
    }
    return joined.filter(same.unary_$bang()).withColumnRenamed(key, as);
  }

  private static org.apache.spark.sql.Column[] prefixed(Dataset<Row> rows, String key, String prefix) {
    return Arrays.stream(rows.columns()).map(c -> c.equals(key) ? col(c) : col(c).as(prefix + c))
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /**
   * Runs of at most this many articles send their rows to MERGE by broadcast: a day of news, whose
   * mentions and claims are a few hundred MB at most.
   */
  static final int MAX_BROADCAST_ARTICLES = 20_000;

  /**
   * Materialises an intermediate that several later plans read, as Parquet under the run's
   * checkpoint folder. Reading it back cuts the plan: plans built on cached plans built on cached
   * plans carry every level along, and Spark describes each in full before running it, which took
   * minutes for this stage. Never collected to the driver, since for a back-fill these hold
   * per-article rows. Parquet rather than an RDD checkpoint: RDD checkpoints are Java-serialised rows,
   * slow to write and read, and carry no size, so Spark cannot choose to broadcast them; from Parquet's
   * file sizes it broadcasts the small ones (keys, decisions) by itself.
   */
  private Dataset<Row> keep(String name, Dataset<Row> rows) {
    long start = System.nanoTime();
    long shuffled = shuffleBytes.getAsLong();
    String dir = checkpoints + "/" + name + "-" + kept.getAndIncrement();
    // No dictionary pages: these files are read once or twice within the run, and building the
    // dictionaries was a fifth of the table stage's executor time.
    rows.write().option("parquet.enable.dictionary", "false").parquet(dir);
    LOG.info("{}: written in {} s, {} MB shuffle", name, seconds(start), megabytes(shuffled));
    // With the schema given, Spark need not run a job to read it back from the files' footers.
    return spark.read().schema(rows.schema()).parquet(dir);
  }

  private String megabytes(long shuffledBefore) {
    return String.format("%.1f", (shuffleBytes.getAsLong() - shuffledBefore) / 1e6);
  }

  private static String seconds(long start) {
    return String.format("%.1f", (System.nanoTime() - start) / 1e9);
  }

  /** Writes one table and logs what it cost, so a slow run says which table made it slow. */
  private void put(TableSpec table, LongSupplier write) {
    long start = System.nanoTime();
    long shuffled = shuffleBytes.getAsLong();
    versions.put(table.name(), write.getAsLong());
    LOG.info("table {}: {} s, {} MB shuffle", table.name(), seconds(start), megabytes(shuffled));
  }

  private String previousDerivation(PublishedRun run) {
    if (!run.versions().containsKey(Tables.STORY_PAIRS.name())) {
      return "";
    }
    List<Row> rows = store.read(Tables.RUNS, Optional.of(run)).where(col("run_id").equalTo(run.runId()))
        .select("config").collectAsList();
    String prefix = DERIVATION_KEY + "=";
    return rows.isEmpty() ? "" : Arrays.stream(rows.get(0).getString(0).split("\n"))
        .filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst().orElse("");
  }

  private static String digest(Dataset<Row> overrides, int maxActors) {
    List<String> lines = new ArrayList<>();
    for (String[] r : ActorResolution.overrideRows(overrides)) {
      lines.add(String.join("\u0001", r));
    }
    lines.sort(null);
    lines.add("max-actors=" + maxActors);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
