package org.claimgraph.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds entity spans in a tag sequence with exactly the chunk start/end rules of the CoNLL
 * conlleval script, so IOB1, IOB2 and IOE inputs are all read the way the shared task scored them.
 */
public final class ConllSpans {
  private ConllSpans() {}

  public static List<EntitySpan> of(int sentence, List<String> tags) {
    List<EntitySpan> spans = new ArrayList<>();
    String prevTag = "O";
    String prevType = "";
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String full = i < tags.size() ? tags.get(i) : "O";
      String tag = prefix(full);
      String type = type(full);
      if (start >= 0 && endsChunk(prevTag, tag, prevType, type)) {
        spans.add(new EntitySpan(sentence, start, i, prevType));
        start = -1;
      }
      if (startsChunk(prevTag, tag, prevType, type)) {
        start = i;
      }
      prevTag = tag;
      prevType = type;
    }
    return spans;
  }

  private static String prefix(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  private static String type(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? "" : tag.substring(dash + 1);
  }

  private static boolean endsChunk(String prevTag, String tag, String prevType, String type) {
    switch (prevTag + tag) {
      case "BB", "BO", "IB", "IO", "EE", "EI", "EO":
        return true;
      default:
        return !prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type);
    }
  }

  private static boolean startsChunk(String prevTag, String tag, String prevType, String type) {
    switch (prevTag + tag) {
      case "BB", "IB", "OB", "OI", "EE", "EI", "OE":
        return true;
      default:
        return !tag.equals("O") && !tag.equals(".") && !prevType.equals(type);
    }
  }
}
