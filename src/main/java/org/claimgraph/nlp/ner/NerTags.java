package org.claimgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The BIO (IOB2) tag inventory the tagger predicts, with the hard constraints of the scheme: an
 * I-X may only follow B-X or I-X. CoNLL-2003 ships IOB1, so input tags are normalised first.
 */
public final class NerTags {
  public static final String OUTSIDE = "O";
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  /** O, then B-/I- for each type: index 1 + 2*type is B, 2 + 2*type is I. */
  public static final List<String> TAGS = buildTags();
  public static final int COUNT = TAGS.size();

  private NerTags() {}

  private static List<String> buildTags() {
    List<String> tags = new ArrayList<>();
    tags.add(OUTSIDE);
    for (String type : TYPES) {
      tags.add("B-" + type);
      tags.add("I-" + type);
    }
    return List.copyOf(tags);
  }

  public static int index(String tag) {
    int i = TAGS.indexOf(tag);
    if (i < 0) {
      throw new IllegalArgumentException("unknown NER tag '" + tag + "'");
    }
    return i;
  }

  /** -1 for O, else the index of the entity type in {@link #TYPES}. */
  public static int typeOf(int tag) {
    return tag == 0 ? -1 : (tag - 1) / 2;
  }

  public static boolean isBegin(int tag) {
    return tag > 0 && (tag - 1) % 2 == 0;
  }

  public static int begin(int type) {
    return 1 + 2 * type;
  }

  public static int inside(int type) {
    return 2 + 2 * type;
  }

  /** Whether {@code next} may follow {@code prev} (-1 = sentence start) in valid IOB2. */
  public static boolean allowed(int prev, int next) {
    if (next == 0 || isBegin(next)) {
      return true;
    }
    return prev > 0 && typeOf(prev) == typeOf(next);
  }

  /**
   * Converts one sentence's tags from IOB1 (or IOB2, which passes through unchanged) to IOB2: an
   * I-X that does not continue an X chunk starts one.
   */
  public static List<String> toIob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String prevType = null;
    for (String tag : tags) {
      if (tag.equals(OUTSIDE)) {
        out.add(tag);
        prevType = null;
        continue;
      }
      String type = tag.substring(2);
      boolean begins = tag.startsWith("B-") || !type.equals(prevType);
      out.add((begins ? "B-" : "I-") + type);
      prevType = type;
    }
    return out;
  }
}
