package org.claimgraph.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.ClaimgraphException;
import scala.collection.Seq;

/**
 * What the project's own token taggers (POS, NER) share as Spark stages: one output annotation per
 * Spark NLP token, in the layout Spark NLP's own annotators produce, computed one document at a
 * time. Only the token strings and sentence ids cross into Java (as plain string arrays) and only
 * the tag strings come back; the annotation structs are assembled by Spark's own generated code.
 * Converting whole annotation rows (with their metadata maps) to and from Java objects cost more
 * than the tagging itself.
 */
public final class TokenTagging {
  private static final Map<Long, Object> DECODED = new ConcurrentHashMap<>();

  private TokenTagging() {}

  /** Rebuilds a model from the bytes it was broadcast as. */
  public interface Decoder<M> extends Serializable {
    M decode(byte[] bytes);
  }

  /** Tags one document, given as sentences of token strings, with one tag per token. */
  public interface Tagger<M> extends Serializable {
    List<String[]> tag(M model, List<List<String>> sentences);
  }

  /** Checks the two input columns (document, token) and that the output column is new. */
  public static StructType outputSchema(StructType schema, String stage, String[] inputs,
      String output, String annotatorType) {
    if (inputs.length != 2) {
      throw ClaimgraphException.of(stage + " needs two input columns, got " + Arrays.toString(inputs),
          "it reads a document and a token annotation column.",
          "call setInputCols(\"document\", \"token\").");
    }
    List<String> names = Arrays.asList(schema.fieldNames());
    for (String input : inputs) {
      if (!names.contains(input)) {
        throw ClaimgraphException.of(stage + " input column '" + input + "' is missing",
            "the dataset has only " + names + ".",
            "run DocumentAssembler, SentenceDetector and Tokenizer first, or fix setInputCols.");
      }
    }
    if (names.contains(output)) {
      throw ClaimgraphException.of(stage + " output column '" + output + "' exists",
          "the stage would overwrite it.", "choose another name with setOutputCol.");
    }
    return schema.add(new StructField(output, com.johnsnowlabs.nlp.Annotation.arrayType(), true,
        metadata(annotatorType)));
  }

  /**
   * Adds {@code output}: for every annotation of {@code tokenCol}, one {@code annotatorType}
   * annotation over the same characters whose result is the tag {@code tagger} gave the token.
   * The tagger is called with each executor's decoded copy of the broadcast model.
   */
  public static <M> Dataset<Row> annotate(Dataset<?> dataset, String tokenCol, String output,
      String annotatorType, Broadcast<byte[]> model, Decoder<M> decoder, Tagger<M> tagger) {
    // Non-deterministic so that the optimiser never inlines the call into the per-token lambda
    // below (which would tag the whole document once per token).
    UserDefinedFunction tagTokens = functions.udf(
        (UDF2<Seq<String>, Seq<String>, String[]>) (words, sentenceIds) ->
            tagDocument(tagger, decoded(model, decoder), words, sentenceIds),
        DataTypes.createArrayType(DataTypes.StringType)).asNondeterministic();
    String token = quote(tokenCol);
    Column words = functions.expr(token + ".result");
    Column sentences = functions.expr("transform(" + token
        + ", t -> coalesce(t.metadata['sentence'], '0'))");
    String tags = "__tags_" + output.replaceAll("\\W", "_");
    Column annotations = functions.expr("transform(" + token + ", (t, i) -> named_struct("
        + "'annotatorType', '" + annotatorType + "', "
        + "'begin', t.begin, 'end', t.end, 'result', " + quote(tags) + "[i], "
        + "'metadata', map('word', t.result, 'sentence', "
        + "coalesce(t.metadata['sentence'], '0')), "
        + "'embeddings', cast(array() as array<float>)))");
    return dataset.withColumn(tags, tagTokens.apply(words, sentences))
        .withColumn(output, annotations.as(output, metadata(annotatorType)))
        .drop(tags);
  }

  private static Metadata metadata(String annotatorType) {
    return new MetadataBuilder().putString("annotatorType", annotatorType).build();
  }

  /** Each executor JVM decodes a broadcast model once. */
  @SuppressWarnings("unchecked")
  private static <M> M decoded(Broadcast<byte[]> model, Decoder<M> decoder) {
    Object found = DECODED.get(model.id());
    if (found == null) {
      synchronized (DECODED) {
        found = DECODED.get(model.id());
        if (found == null) {
          if (DECODED.size() > 8) {
            DECODED.clear();
          }
          found = decoder.decode(model.value());
          DECODED.put(model.id(), found);
        }
      }
    }
    return (M) found;
  }

  /** Splits a document's tokens into sentences by their sentence ids and tags them. */
  static <M> String[] tagDocument(Tagger<M> tagger, M model, Seq<String> words,
      Seq<String> sentenceIds) {
    if (words == null) {
      return null;
    }
    int n = words.length();
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = null;
    String currentId = null;
    for (int k = 0; k < n; k++) {
      String id = sentenceIds.apply(k);
      if (current == null || !id.equals(currentId)) {
        current = new ArrayList<>();
        sentences.add(current);
        currentId = id;
      }
      current.add(words.apply(k));
    }
    String[] out = new String[n];
    int k = 0;
    for (String[] sentence : tagger.tag(model, sentences)) {
      for (String tag : sentence) {
        out[k++] = tag;
      }
    }
    return out;
  }

  private static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }
}
