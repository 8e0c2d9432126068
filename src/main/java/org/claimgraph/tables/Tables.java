package org.claimgraph.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.claimgraph.tables.TableSpec.column;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every table claimgraph writes, declared once. Code, tests, notebooks and the README use these
 * names. Offsets ({@code begin}, {@code end}) index the article's normalised {@code text}, end
 * exclusive, so {@code substring(text, begin + 1, end - begin)} in SQL is the span.
 */
public final class Tables {
  private Tables() {}

  public static final TableSpec ARTICLES = new TableSpec(
      "articles",
      "One row per accepted article (exact duplicates kept once).",
      new StructType(new StructField[] {
          column("article_id", StringType, false,
              "Input id, trimmed; when the input has none, `sha256:` plus the first 16 hex digits of `text_hash`."),
          column("url", StringType, true, "Article URL as given."),
          column("outlet", StringType, true, "Publisher or outlet name as given."),
          column("title", StringType, true, "Headline, normalised like the text."),
          column("published", DateType, true,
              "Publication date (UTC) parsed from the input; null when the input has none."),
          column("language", StringType, true,
              "ISO 639-1 code when the input says or the text is clearly English; null when unknown."),
          column("text", StringType, false,
              "Normalised body: Unicode NFC, control characters removed, spaces collapsed, paragraphs "
                  + "separated by one blank line. Every offset in every table indexes this string."),
          column("text_hash", StringType, false, "SHA-256 (hex) of `text`; equal hashes are exact duplicates."),
          column("char_count", IntegerType, false, "Length of `text` in UTF-16 code units."),
          column("sentence_count", IntegerType, false, "Sentences found by the NLP pipeline."),
          column("token_count", IntegerType, false, "Tokens found by the NLP pipeline."),
          column("source_file", StringType, true, "File the record was read from."),
          column("run_id", StringType, false, "Run that last wrote this article."),
          column("story_id", StringType, false,
              "The story the article belongs to: the smallest `article_id` among the article and its "
                  + "near-identical copies (see `cooccurrences.stories`); copies share it."),
          column("minhash", createArrayType(LongType, false), false,
              "MinHash signature of the text's 5-word shingles (64 values) from which `story_id` is found; "
                  + "kept so that a later run finds the copies of its new articles without re-reading old texts."),
      }),
      List.of("published"));

  public static final TableSpec MENTIONS = new TableSpec(
      "mentions",
      "One row per named-entity mention found in an article.",
      new StructType(new StructField[] {
          column("mention_id", StringType, false,
              "Stable id: SHA-256 of article id, begin and end (first 16 hex digits)."),
          column("article_id", StringType, false, "Article the mention is in."),
          column("published", DateType, true, "Publication date of the article."),
          column("sentence_index", IntegerType, false, "0-based index of the sentence in the article."),
          column("begin", IntegerType, false, "Start offset into the article's `text` (inclusive), in UTF-16 code "
              + "units as Java and JavaScript index strings; Python and SQL `substring` count code points, so after an "
              + "emoji it lands elsewhere."),
          column("end", IntegerType, false, "End offset into the article's `text` (exclusive), in UTF-16 code units."),
          column("text", StringType, false, "Surface text of the mention, equal to the `text` slice."),
          column("type", StringType, false, "Entity type: PER, ORG, LOC or MISC."),
          column("confidence", DoubleType, true, "Tagger confidence in [0, 1] when the model gives one."),
          column("run_id", StringType, false, "Run that wrote this row."),
          column("actor_id", StringType, true,
              "Actor the mention names (`actors.actor_id`); null for MISC mentions that no type vote made a "
                  + "name of an actor and for rows written before actors were resolved."),
          column("alias_rule", StringType, true,
              "How the mention was linked to its actor: `exact`, `title_stripped`, `surname_in_article`, "
                  + "`shared_surname_in_article`, `first_name_in_article`, `acronym_in_article`, "
                  + "`short_form_in_article`, `variant_list`, `override`, `unresolved_short_form`, "
                  + "`ambiguous_short_form`, `dominant_full_name` (a lone surname joined to the full name the "
                  + "run's articles resolve it to), `boundary_cut` (words glued to the name cut off), `type_vote` (type "
                  + "decided by the article's mentions of the name), `corpus_type_vote` (type decided by the run's "
                  + "mentions of the name); several joined by `+`."),
          column("actor_name", StringType, true,
              "The full name this mention spells for its actor (an in-article surname gets the full name it "
                  + "resolved to); null when it spells none, such as a lone surname joined across articles. "
                  + "`actors.canonical_name` is the most frequent of these."),
          column("actor_type", StringType, true, "The actor's type (PER, ORG or LOC) as this mention links it."),
          column("alias", StringType, true,
              "The surface form the actor is named by here, possessive removed (`actor_aliases.alias`)."),
          column("lone_name", StringType, true,
              "Match key of a one-token PER mention (a surname or first name used alone): the key the "
                  + "corpus-level `dominant_full_name` rule decides on; null for other mentions."),
          column("name_key", StringType, true,
              "Match key of the name, the same whatever its type: the key the corpus-level `corpus_type_vote` "
                  + "rule decides on."),
          column("article_type", StringType, true,
              "The type the mention's own article gives the name (PER, ORG, LOC, or MISC when it links to no "
                  + "actor), before the corpus-level type vote: the vote that rule counts."),
      }),
      List.of("published"));

  public static final TableSpec REJECTED = new TableSpec(
      "rejected",
      "One row per input record that could not be used, with the reason; nothing is dropped silently.",
      new StructType(new StructField[] {
          column("source_file", StringType, true, "File the record came from."),
          column("position", LongType, true,
              "1-based line number for line formats, row number for Parquet/CSV; null for a whole file."),
          column("article_id", StringType, true, "The record's id when it could be read."),
          column("reason", StringType, false,
              "Reason code: unparseable, not_an_object, wrong_type, bad_encoding, missing_text, empty_text, "
                  + "text_too_long, bad_date, duplicate_id, truncated_file, unreadable_file, too_deep, "
                  + "number_too_long, record_too_large, file_too_large, unbalanced_quote."),
          column("detail", StringType, true, "What exactly was wrong, in words."),
          column("excerpt", StringType, true, "First characters of the raw record, for a human to look at."),
          column("run_id", StringType, false, "Run that rejected the record."),
      }),
      List.of());

  public static final TableSpec RUNS = new TableSpec(
      "runs",
      "One row per run of `claimgraph run`: what went in, what came out, with which models and settings.",
      new StructType(new StructField[] {
          column("run_id", StringType, false, "Run id: UTC start time plus a random suffix."),
          column("started_at", TimestampType, false, "When the run started."),
          column("finished_at", TimestampType, false, "When the run published its tables."),
          column("input", StringType, false, "Input path(s) and format."),
          column("input_records", LongType, false, "Records read: accepted + rejected + duplicates."),
          column("accepted", LongType, false, "Records that became articles."),
          column("rejected", LongType, false, "Records written to `rejected`."),
          column("duplicates", LongType, false, "Exact duplicates of an accepted article (same text hash)."),
          column("tokens", LongType, false, "Tokens processed by the NLP pipeline."),
          column("mentions", LongType, false, "Entity mentions written."),
          column("claims", LongType, false, "Claims (attributions) written."),
          column("capped_articles", LongType, false,
              "Articles of this run with more actors than graph.max-actors-per-article: only their most mentioned "
                  + "actors form pairs."),
          column("models", StringType, false, "Model name, version and SHA-256 of its manifest."),
          column("config", StringType, false, "The effective configuration, as `key=value` lines."),
          column("spark_version", StringType, false, "Spark version the run used."),
          column("claimgraph_version", StringType, false, "claimgraph version."),
          column("stage_seconds", createMapType(StringType, DoubleType), false, "Wall time per stage."),
          column("table_versions", createMapType(StringType, LongType), false,
              "Delta version of every other table this run left: readers read each table at these versions."),
      }),
      List.of());

  /** One entity mention inside a claim's content. */
  private static final StructType ABOUT_MENTION = new StructType(new StructField[] {
      createStructField("begin", IntegerType, false),
      createStructField("end", IntegerType, false),
      createStructField("text", StringType, false),
      createStructField("type", StringType, false),
  });

  public static final TableSpec CLAIMS = new TableSpec(
      "claims",
      "One row per attribution found in an article: who (source) said (cue) what (content).",
      new StructType(new StructField[] {
          column("claim_id", StringType, false,
              "Stable id: SHA-256 of article id, content begin and content end (first 16 hex digits)."),
          column("article_id", StringType, false, "Article the claim is in."),
          column("published", DateType, true, "Publication date of the article."),
          column("sentence_index", IntegerType, false, "0-based index of the sentence holding the cue."),
          column("source_text", StringType, true,
              "Who the text says made the claim: the noun phrase as written, with determiner, titles and a "
                  + "restrictive relative clause (\"he\", \"Defence Minister Tomas Okafor\", \"two diplomats who asked "
                  + "not to be named\"), without a comma-separated apposition or relative clause; null when the text "
                  + "names no source."),
          column("source_begin", IntegerType, true, "Start offset of the source in `text` (inclusive)."),
          column("source_end", IntegerType, true, "End offset of the source in `text` (exclusive)."),
          column("source_kind", StringType, false,
              "person, organisation, place (a named or resolved source), unnamed (a description such as "
                  + "\"sources close to the talks\"), unresolved (a pronoun or \"the group\" with no earlier "
                  + "match) or none."),
          column("resolved_source_text", StringType, true,
              "The earlier named mention a pronoun, short name, \"the group\" or \"the ministry\" refers to; "
                  + "null when the source is itself a full name or could not be resolved."),
          column("resolved_source_begin", IntegerType, true, "Start offset of the resolved mention (inclusive)."),
          column("resolved_source_end", IntegerType, true, "End offset of the resolved mention (exclusive)."),
          column("cue_text", StringType, false,
              "The reporting word(s) as written: a verb (\"said\", \"denied\"), \"according to\" or a colon."),
          column("cue_lemma", StringType, false, "Lemma of the cue (\"say\", \"according to\", \":\")."),
          column("cue_class", StringType, false,
              "Class of the cue from the lexicon (src/main/resources/attribution/cues.tsv): state, claim, "
                  + "confirm, deny, announce, accuse, praise, warn, add, insist, admit, ask, evidence, believe, intend."),
          column("negated", BooleanType, false,
              "True when the cue is negated in its clause (\"did not deny that\", \"has never said\"): the text "
                  + "reports that the source did not make this statement. PolNeAR counts these as attributions; "
                  + "filter them out to count what sources did say."),
          column("content_text", StringType, false,
              "What was said: the content fragments joined by one space (a quote split around its cue "
                  + "gives two fragments). Convention (PolNeAR's): quoted content keeps its enclosing quotation marks, "
                  + "reported speech keeps the complementizer \"that\", sentence-final punctuation is left out and a "
                  + "partial quote ending the content keeps its closing mark. Gold that strips the enclosing marks and "
                  + "\"that\" (the sample corpus) is compared after trimming them."),
          column("content_begin", IntegerType, false, "Start of the first content fragment (inclusive)."),
          column("content_end", IntegerType, false,
              "End of the last content fragment (exclusive); the slice may include the cue between fragments."),
          column("form", StringType, false,
              "direct (all quoted), indirect (reported speech), mixed (reported with quoted parts) or according-to."),
          column("about", createArrayType(ABOUT_MENTION, false), false,
              "Entity mentions inside the content: begin, end (exclusive), text, type (PER, ORG, LOC, MISC)."),
          column("claim_date", DateType, true,
              "When the claim was made, when the attribution clause says so (\"said on Monday\", \"confirmed "
                  + "yesterday\", \"on March 3\"), resolved against `published`: a weekday is the most recent one on or "
                  + "before publication, or the next one after it when the cue is in the future (\"will confirm on "
                  + "Monday\"); null when no day is given there (a date inside the content is not the claim's)."),
          column("source_actor_id", StringType, true,
              "Actor (see `actors`) of the source, or of the named source it resolves to; null for unnamed sources."),
          column("about_actor_ids", DataTypes.createArrayType(StringType), true,
              "Actors named inside the content: what the claim is about."),
          column("content_hash", StringType, false,
              "SHA-256 (hex) of the content text lower-cased with whitespace collapsed: equal hashes are the same words."),
          column("run_id", StringType, false, "Run that wrote this row."),
      }),
      List.of("published"));


  public static final TableSpec ACTORS = new TableSpec(
      "actors",
      "One row per canonical actor (person, organisation or place) named in at least one article.",
      new StructType(new StructField[] {
          column("actor_id", StringType, false,
              "First 16 hex digits of SHA-256 of `type|key`, where key is the canonical name case-folded, "
                  + "without diacritics and punctuation. Deterministic: the same name gets the same id in every run."),
          column("canonical_name", StringType, false,
              "Display name: the most frequent full form the actor's mentions resolved to (ties: longer, "
                  + "then alphabetically first); for listed variants and overrides the listed canonical name."),
          column("type", StringType, false, "PER, ORG or LOC."),
          column("mentions", LongType, false, "Mentions linked to the actor, over all articles."),
          column("articles", LongType, false, "Articles with at least one such mention."),
          column("claims_made", LongType, false,
              "Distinct claims (by `content_hash`, so syndicated copies count once) whose source is the actor; "
                  + "negated claims are not counted here, nor in `claims_about`, `claim_edges` and `actor_daily`."),
          column("claims_about", LongType, false,
              "Distinct claims (by `content_hash`) whose content names the actor."),
          column("first_seen", DateType, true, "Earliest publication date of an article naming the actor."),
          column("last_seen", DateType, true, "Latest publication date of an article naming the actor."),
      }),
      List.of());

  public static final TableSpec ACTOR_ALIASES = new TableSpec(
      "actor_aliases",
      "One row per surface form (alias) under which an actor was mentioned.",
      new StructType(new StructField[] {
          column("actor_id", StringType, false, "The actor (`actors.actor_id`)."),
          column("alias", StringType, false,
              "Surface form as written, spaces collapsed and possessive 's removed (titles kept, "
                  + "so `President Irene Castell` is its own alias)."),
          column("count", LongType, false, "Mentions with this alias."),
          column("rule", StringType, false,
              "The `mentions.alias_rule` most mentions with this alias were linked by (ties: alphabetically last); "
                  + "a rule with `dominant_full_name` or `corpus_type_vote` wins over any other, so every corpus-level "
                  + "merge shows here."),
          column("first_seen", DateType, true, "Earliest publication date of a mention with this alias."),
          column("last_seen", DateType, true, "Latest publication date of a mention with this alias."),
      }),
      List.of());

  public static final TableSpec COOCCURRENCES = new TableSpec(
      "cooccurrences",
      "One row per unordered pair of actors named together, per window (same sentence or same article).",
      new StructType(new StructField[] {
          column("actor_a", StringType, false, "The smaller actor id of the pair."),
          column("actor_b", StringType, false, "The larger actor id of the pair."),
          column("window", StringType, false,
              "`sentence`: both named in one sentence; `article`: both named in one article."),
          column("stories", LongType, false,
              "Distinct stories with the pair in this window. A story is an article and its near-identical "
                  + "copies (MinHash of 5-word shingles, estimated Jaccard >= 0.5), so syndication does not inflate counts."),
          column("sentences", LongType, false,
              "Distinct (story, sentence) pairs in which both actors are named (the same-sentence evidence, "
                  + "reported in both windows)."),
          column("first_date", DateType, true, "Earliest publication date of an article with the pair in this window."),
          column("last_date", DateType, true, "Latest publication date of an article with the pair in this window."),
          column("npmi", DoubleType, true,
              "Normalised PMI over stories: ln(p(ab) / (p(a) p(b))) / -ln(p(ab)), p(x) = stories naming x / "
                  + "all stories, p(ab) = this row's `stories` / all stories; in [-1, 1], 1 when the two always appear together."),
          column("capped_stories", LongType, false,
              "Stories among `stories` in which an article named more actors than the per-article bound "
                  + "(top K by mentions, `graph.max-actors-per-article`); pairs outside the top K of such articles are not counted."),
      }),
      List.of());

  public static final TableSpec CLAIM_EDGES = new TableSpec(
      "claim_edges",
      "One row per (source actor, actor named in the claim's content, cue class): who made claims about whom "
          + "(negated claims left out).",
      new StructType(new StructField[] {
          column("source_actor_id", StringType, false, "Actor who made the claims (its source span, or resolved source span, is a mention of it)."),
          column("target_actor_id", StringType, false,
              "Actor named in the claims' content (`about`); claims about oneself are left out."),
          column("cue_class", StringType, false, "Cue class of the claims: state, claim, confirm, deny, announce, accuse, praise, warn, add, insist, admit, ask, evidence, believe, intend."),
          column("claims", LongType, false, "Distinct claims (by `content_hash`, so syndicated copies count once)."),
          column("first_date", DateType, true, "Earliest claim date (`claim_date`, else the article's publication date)."),
          column("last_date", DateType, true, "Latest claim date (`claim_date`, else the article's publication date)."),
      }),
      List.of());

  public static final TableSpec ACTOR_DAILY = new TableSpec(
      "actor_daily",
      "One row per actor and day on which the actor was named or made or was the subject of a claim.",
      new StructType(new StructField[] {
          column("date", DateType, false,
              "Publication date for mentions; claim date (`claim_date`, else publication date) for claims. "
                  + "Rows without a date are left out (they still count in `actors`)."),
          column("actor_id", StringType, false, "The actor (`actors.actor_id`)."),
          column("mentions", LongType, false, "Mentions of the actor in articles published that day."),
          column("articles", LongType, false, "Articles published that day that name the actor."),
          column("outlets", LongType, false, "Distinct outlets among those articles (null outlets not counted)."),
          column("claims_made", LongType, false, "Distinct claims (by `content_hash`) the actor made, dated that day (negated ones left out)."),
          column("claims_about", LongType, false, "Distinct claims (by `content_hash`) about the actor, dated that day."),
      }),
      List.of("date"));

  public static final List<TableSpec> ALL = List.of(ARTICLES, MENTIONS, CLAIMS, REJECTED, RUNS,
      ACTORS, ACTOR_ALIASES, COOCCURRENCES, CLAIM_EDGES, ACTOR_DAILY);

  /**
   * What each story contributes to {@code cooccurrences}: a story's pairs are counted once however many
   * copies it has, so a run that adds articles rewrites the rows of the stories they touch and
   * re-adds only the pairs those stories hold, instead of pairing every article of the history again.
   * Internal: it lives under {@code OUTPUT/_claimgraph/} and is versioned with the run like every table.
   */
  public static final TableSpec STORY_PAIRS = new TableSpec(
      "_claimgraph/story_pairs",
      "One row per story, actor pair and window: the story's share of a `cooccurrences` row.",
      new StructType(new StructField[] {
          column("story_id", StringType, false, "The story (`articles.story_id`)."),
          column("actor_a", StringType, false, "The smaller actor id of the pair."),
          column("actor_b", StringType, false, "The larger actor id of the pair."),
          column("window", StringType, false, "`sentence` or `article`."),
          column("sentences", LongType, false, "Distinct sentence indexes of the story's articles naming both."),
          column("capped", BooleanType, false, "An article of the story named more actors than the bound."),
          column("first_date", DateType, true, "Earliest publication date of the story's articles with the pair."),
          column("last_date", DateType, true, "Latest publication date of the story's articles with the pair."),
      }),
      List.of("story_id"));

  /** Which actors each story names: the marginals NPMI divides by, kept per story for the same reason. */
  public static final TableSpec STORY_ACTORS = new TableSpec(
      "_claimgraph/story_actors",
      "One row per story and actor it names.",
      new StructType(new StructField[] {
          column("story_id", StringType, false, "The story (`articles.story_id`)."),
          column("actor_id", StringType, false, "An actor one of the story's articles names."),
      }),
      List.of("story_id"));

  /** The tables readers query, then the internal ones: everything a run writes and publishes. */
  public static final List<TableSpec> STORED = List.of(ARTICLES, MENTIONS, CLAIMS, REJECTED, RUNS,
      ACTORS, ACTOR_ALIASES, COOCCURRENCES, CLAIM_EDGES, ACTOR_DAILY, STORY_PAIRS, STORY_ACTORS);

  public static TableSpec byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table named " + name));
  }
}
