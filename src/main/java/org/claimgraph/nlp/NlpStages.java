package org.claimgraph.nlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark NLP annotators of the pipeline, configured once so that training, evaluation and runs
 * split text the same way.
 */
public final class NlpStages {
  private NlpStages() {}

  public static DocumentAssembler documentAssembler() {
    DocumentAssembler assembler = new DocumentAssembler();
    assembler.setInputCol(NlpColumns.TEXT);
    assembler.setOutputCol(NlpColumns.DOCUMENT);
    // The text is already normalised by ingest; any cleanup here would shift every offset.
    assembler.setCleanupMode("disabled");
    return assembler;
  }

  public static SentenceDetector sentenceDetector() {
    SentenceDetector detector = new SentenceDetector();
    detector.setInputCols(new String[] {NlpColumns.DOCUMENT});
    detector.setOutputCol(NlpColumns.SENTENCE);
    detector.setUseAbbreviations(true);
    detector.setExplodeSentences(false);
    // Bounds a pathological "sentence" (a 2 MB body with no punctuation) so later stages stay linear.
    detector.setSplitLength(2000);
    return detector;
  }

  /** Spark NLP's default context characters: split off either end of a token, each group of them one token. */
  static final String CONTEXT_CHARS = ".,;:!?*-()\"'";

  /**
   * The infixes, tried in order on each whitespace-separated piece between its leading and trailing
   * context characters; each group becomes a token. A possessive or "is"/"has" clitic after a word
   * ("Okafor's", "Trump’s", "it's") is its own token, as in CoNLL-2003 and UD EWT, which the taggers
   * are trained on: glued on, "Okafor's" was tagged as one MISC name instead of "Okafor" as PER. The
   * curly apostrophe of a plural possessive ("Democrats’") splits off as the straight one, a context
   * character, always has. A lone clitic stays whole instead of losing its apostrophe as a context
   * character. Anything else keeps Spark NLP's default: apostrophes inside a word ("O'Brien",
   * "don't") stay, and curly quotes stay on the word they open or close.
   */
  static String[] infixPatterns() {
    String notCtx = "[^" + java.util.regex.Pattern.quote(CONTEXT_CHARS) + "]";
    return new String[] {
        "((?:" + notCtx + ".*?)?[\\p{L}\\p{N}]\\.?)(['’][sS])",
        "((?:" + notCtx + ".*?)?[sS])(’)",
        "(['’][sS])",
        "(" + notCtx + "(?:.*" + notCtx + ")*)"};
  }

  /** Spark NLP's Tokenizer is an estimator only formally: fitting reads no data. */
  public static TokenizerModel tokenizer(SparkSession spark) {
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {NlpColumns.SENTENCE});
    tokenizer.setOutputCol(NlpColumns.TOKEN);
    tokenizer.setContextChars(CONTEXT_CHARS.chars().mapToObj(c -> String.valueOf((char) c))
        .toArray(String[]::new));
    tokenizer.setInfixPatterns(infixPatterns());
    // Pathological tokens (a 1 MiB base64 run) are kept out of POS and NER.
    tokenizer.setMaxLength(200);
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> oneLine =
        spark.sql("SELECT 'Tokenizers read no training data.' AS " + NlpColumns.TEXT);
    return tokenizer.fit(sentenceDetector().transform(documentAssembler().transform(oneLine)));
  }

  public static NerConverter entityChunker() {
    NerConverter converter = new NerConverter();
    converter.setInputCols(new String[] {NlpColumns.SENTENCE, NlpColumns.TOKEN, NlpColumns.NER});
    converter.setOutputCol(NlpColumns.ENTITIES);
    return converter;
  }
}
