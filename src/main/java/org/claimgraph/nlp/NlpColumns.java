package org.claimgraph.nlp;

/** Names of the annotation columns the NLP pipeline adds to the articles Dataset. */
public final class NlpColumns {
  private NlpColumns() {}

  public static final String TEXT = "text";
  public static final String DOCUMENT = "document";
  public static final String SENTENCE = "sentence";
  public static final String TOKEN = "token";
  public static final String POS = "pos";
  public static final String NER = "ner";
  public static final String ENTITIES = "entities";
  public static final String DEPENDENCY = "dependency";
}
