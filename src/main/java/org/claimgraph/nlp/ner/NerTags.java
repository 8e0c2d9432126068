package org.claimgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The tag inventory the tagger predicts: BILOU (begin, inside, last, unit-length) per type. The
 * tagger learns the last word of a name and one-word names apart from the rest, which IOB2 folds
 * together. Outside the tagger names are IOB2 (what CoNLL files and Spark NLP's NerConverter
 * use): {@link #encode} maps in, {@link #iob2} maps out.
 */
public final class NerTags {
  public static final String OUTSIDE = "O";
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  private static final int PER_TYPE = 4;
  private static final int B = 0;
  private static final int I = 1;
  private static final int L = 2;
  private static final int U = 3;
  /** O, then B-/I-/L-/U- for each type: index 1 + 4*type + position. */
  public static final List<String> TAGS = buildTags();
  public static final int COUNT = TAGS.size();

  private NerTags() {}

  private static List<String> buildTags() {
    List<String> tags = new ArrayList<>();
    tags.add(OUTSIDE);
    for (String type : TYPES) {
      for (String position : List.of("B-", "I-", "L-", "U-")) {
        tags.add(position + type);
      }
    }
    return List.copyOf(tags);
  }

  /** Index of a B-, I-, L- or U- tag name, or of O. */
  public static int index(String tag) {
    int i = TAGS.indexOf(tag);
    if (i < 0) {
      throw new IllegalArgumentException("unknown NER tag '" + tag + "'");
    }
    return i;
  }

  /** -1 for O, else the index of the entity type in {@link #TYPES}. */
  public static int typeOf(int tag) {
    return tag == 0 ? -1 : (tag - 1) / PER_TYPE;
  }

  private static int position(int tag) {
    return (tag - 1) % PER_TYPE;
  }

  private static int tag(int type, int position) {
    return 1 + PER_TYPE * type + position;
  }

  /** Whether the tag opens a name (B or U). */
  public static boolean isBegin(int tag) {
    return tag > 0 && (position(tag) == B || position(tag) == U);
  }

  /** Whether a name is complete after this tag (O, L or U), as it must be at a sentence end. */
  public static boolean closes(int tag) {
    return tag == 0 || position(tag) == L || position(tag) == U;
  }

  /** Whether {@code next} may follow {@code prev} (-1 = sentence start) in valid BILOU. */
  public static boolean allowed(int prev, int next) {
    boolean continues = next > 0 && (position(next) == I || position(next) == L);
    if (!continues) {
      return prev == -1 || closes(prev);
    }
    return prev > 0 && !closes(prev) && typeOf(prev) == typeOf(next);
  }

  /** The IOB2 name of a tag: U is a one-word B, L is an I. */
  public static String iob2(int tag) {
    if (tag == 0) {
      return OUTSIDE;
    }
    return (isBegin(tag) ? "B-" : "I-") + TYPES.get(typeOf(tag));
  }

  /** BILOU indices of one sentence's IOB2 tags. */
  public static int[] encode(List<String> iob2) {
    int n = iob2.size();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      String tag = iob2.get(i);
      if (tag.equals(OUTSIDE)) {
        continue;
      }
      int type = TYPES.indexOf(tag.substring(2));
      if (type < 0) {
        throw new IllegalArgumentException("unknown NER tag '" + tag + "'");
      }
      boolean begins = tag.startsWith("B-");
      boolean continued = i + 1 < n && iob2.get(i + 1).equals("I-" + TYPES.get(type));
      out[i] = tag(type, begins ? (continued ? B : U) : (continued ? I : L));
    }
    return out;
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
