package org.claimgraph.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.udf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.Seq;

/**
 * Groups near-identical articles (syndicated copies, lightly edited re-runs) into <em>stories</em>,
 * so that counts over stories are not inflated by copies. Exact duplicates are dropped by ingest
 * already; this catches the rest.
 *
 * <p>Method (deterministic, no randomness): the article text is lower-cased and split into words;
 * its set of 5-word shingles is summarised by a 64-value MinHash signature (64 fixed seeds mixed
 * with SplitMix64 over an FNV-1a hash of each shingle). Articles that agree on all 4 values of any
 * of the 16 bands are candidate pairs (buckets with more than {@value #MAX_BUCKET} articles are
 * skipped: they are boilerplate, not copies); a candidate pair is a copy when the signatures agree
 * on at least {@value #MIN_SIMILARITY} of the 64 positions (estimated Jaccard of the shingle sets).
 * An article's {@code story_id} is the smallest article id among itself and its copies (one hop:
 * copies of copies are not chained, which is what syndication looks like — many copies of one
 * original). On the sample corpus s012/s019 (one sentence changed) have Jaccard 0.75; the most
 * similar unrelated pair 0.03.
 */
public final class Stories {
  private Stories() {}

  static final int SHINGLE = 5;
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int MAX_BUCKET = 100;
  static final double MIN_SIMILARITY = 0.5;

  /** Compiled once: String.split would compile it again for every article. */
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final UserDefinedFunction SIGNATURE = udf(
      (UDF1<String, List<Long>>) Stories::signature, DataTypes.createArrayType(DataTypes.LongType, false));
  private static final UserDefinedFunction BAND_KEYS = udf(
      (UDF1<Seq<Object>, List<String>>) Stories::bandKeys, DataTypes.createArrayType(DataTypes.StringType, false));
  private static final UserDefinedFunction SIMILARITY = udf(
      (UDF2<Seq<Object>, Seq<Object>, Double>) Stories::similarity, DataTypes.DoubleType);

  /** The MinHash signature of an article text column: what {@code articles.minhash} holds. */
  public static Column signature(Column text) {
    return SIGNATURE.apply(text);
  }

  /** One row per article: {@code article_id}, {@code story_id}. */
  public static Dataset<Row> assign(Dataset<Row> articles) {
    return assignBySignature(articles.select(col("article_id"), signature(col("text")).as("minhash")));
  }

  /**
   * {@link #assign} from stored signatures ({@code article_id}, {@code minhash}): a run finds the
   * stories of its new articles among the history's without hashing any old text again.
   */
  public static Dataset<Row> assignBySignature(Dataset<Row> signatures) {
    Dataset<Row> sigs = signatures.select(col("article_id"), col("minhash").as("sig"));
    return storiesOf(bandsOf(sigs), sigs, sigs.select("article_id").distinct());
  }

  /**
   * The stories a run changes: those of its articles and of the stored articles that share a band
   * bucket with one of them (a new copy can join an old story, and a bucket it fills past
   * {@value #MAX_BUCKET} stops pairing its old members). Any other stored article keeps its story,
   * since none of its buckets changed; so this equals {@link #assignBySignature} over every article,
   * row for row, while reading only the buckets the run touches.
   *
   * @param fresh the run's articles: {@code article_id}, {@code minhash}
   * @param stored every stored article, the run's earlier versions included: {@code article_id}, {@code minhash}
   * @param small materialises a Dataset that is small for a day's run (bucket keys, article ids)
   * @return {@code article_id}, {@code story_id} of the run's articles and of every stored one affected
   */
  public static Dataset<Row> assignAmong(Dataset<Row> fresh, Dataset<Row> stored, UnaryOperator<Dataset<Row>> small) {
    Dataset<Row> freshSigs = fresh.select(col("article_id"), col("minhash").as("sig"));
    Dataset<Row> storedSigs = stored.select(col("article_id"), col("minhash").as("sig"));
    Dataset<Row> freshIds = small.apply(freshSigs.select("article_id").distinct());
    Dataset<Row> freshBands = small.apply(bandsOf(freshSigs));
    // Stored rows of the run's own articles leave their buckets, whose other members may change story.
    Dataset<Row> storedBands = bandsOf(storedSigs);
    Dataset<Row> untouchedBands = storedBands.join(broadcast(freshIds), on("article_id"), "left_anti");
    Dataset<Row> touched = small.apply(freshBands.select("band")
        .unionByName(storedBands.join(broadcast(freshIds), on("article_id"), "left_semi").select("band"))
        .distinct());
    Dataset<Row> affected = small.apply(freshIds.unionByName(
        untouchedBands.join(broadcast(touched), on("band"), "left_semi").select("article_id")).distinct());
    Dataset<Row> affectedBands = small.apply(freshBands.select("band")
        .unionByName(untouchedBands.join(broadcast(affected), on("article_id"), "left_semi").select("band"))
        .distinct());
    Dataset<Row> members = small.apply(freshBands
        .unionByName(untouchedBands.join(broadcast(affectedBands), on("band"), "left_semi")));
    Dataset<Row> memberIds = broadcast(members.select("article_id").distinct());
    Dataset<Row> sigs = small.apply(freshSigs.unionByName(
        storedSigs.join(broadcast(freshIds), on("article_id"), "left_anti").join(memberIds, on("article_id"), "left_semi")));
    return storiesOf(members, sigs, affected);
  }

  /** One row per article and band of its signature: {@code article_id}, {@code band}. */
  private static Dataset<Row> bandsOf(Dataset<Row> sigs) {
    return sigs.select(col("article_id"), explode(BAND_KEYS.apply(col("sig"))).as("band"));
  }

  /**
   * The story of each of {@code articles}, from the band rows of every article in their buckets
   * ({@code bands}) and those articles' signatures ({@code sigs}: article_id, sig).
   */
  private static Dataset<Row> storiesOf(Dataset<Row> bands, Dataset<Row> sigs, Dataset<Row> articles) {
    Dataset<Row> usable = bands.groupBy("band").agg(count("*").as("n"))
        .filter(col("n").between(2, MAX_BUCKET)).select("band");
    Dataset<Row> inBuckets = bands.join(usable, "band");
    Dataset<Row> a = inBuckets.select(col("band"), col("article_id").as("a"));
    Dataset<Row> b = inBuckets.select(col("band").as("band_b"), col("article_id").as("b"));
    Dataset<Row> candidates = a.join(b, col("band").equalTo(col("band_b")).and(col("a").lt(col("b"))))
        .select("a", "b").distinct();
    Dataset<Row> copies = candidates
        .join(sigs.select(col("article_id").as("ia"), col("sig").as("sa")), col("a").equalTo(col("ia")))
        .join(sigs.select(col("article_id").as("ib"), col("sig").as("sb")), col("b").equalTo(col("ib")))
        .filter(SIMILARITY.apply(col("sa"), col("sb")).geq(MIN_SIMILARITY))
        .select("a", "b");
    Dataset<Row> smallestCopy = copies.select(col("b").as("article_id"), col("a").as("other"))
        .unionByName(copies.select(col("a").as("article_id"), col("b").as("other")))
        .groupBy("article_id").agg(min("other").as("other"));
    return articles.select("article_id")
        .join(smallestCopy.withColumnRenamed("article_id", "copy_of"), col("article_id").equalTo(col("copy_of")), "left")
        .select(col("article_id"), least(col("article_id"), coalesce(col("other"), col("article_id"))).as("story_id"));
  }

  private static Seq<String> on(String column) {
    return scala.collection.JavaConverters.asScalaBuffer(List.of(column)).toSeq();
  }

  static List<Long> signature(String text) {
    String[] words = text == null ? new String[0] : NOT_LETTER_OR_DIGIT.split(text.toLowerCase(Locale.ROOT));
    List<String> tokens = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        tokens.add(w);
      }
    }
    long[] mins = new long[HASHES];
    java.util.Arrays.fill(mins, Long.MAX_VALUE);
    int shingles = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      long h = fnv1a(shingle);
      for (int k = 0; k < HASHES; k++) {
        long v = splitMix(h ^ (0x9E3779B97F4A7C15L * (k + 1)));
        if (v < mins[k]) {
          mins[k] = v;
        }
      }
    }
    List<Long> out = new ArrayList<>(HASHES);
    for (long m : mins) {
      out.add(m);
    }
    return out;
  }

  static List<String> bandKeys(Seq<Object> sig) {
    int rows = HASHES / BANDS;
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int r = 0; r < rows; r++) {
        h = splitMix(h * 31 + (Long) sig.apply(band * rows + r));
      }
      keys.add(band + ":" + Long.toHexString(h));
    }
    return keys;
  }

  static double similarity(Seq<Object> a, Seq<Object> b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a.apply(i).equals(b.apply(i))) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= x & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long splitMix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
