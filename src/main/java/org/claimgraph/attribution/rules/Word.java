package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.FUNCTION_WORDS;
import static org.claimgraph.attribution.rules.WordLists.VERB_CHAIN;

/**
 * One word of the rules' view of the text: a token, or the quote mark or clitic split off it. {@code
 * seg} is the segment (sentence) it is in, {@code quoted} whether it is inside quotation marks.
 */
record Word(int begin, int end, String text, String lower, String pos, int seg, boolean quoted) {
  boolean isPunct() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  boolean isNounish() {
    if (pos.isEmpty()) { // no tagger: any word that is not a function word may end a noun phrase
      return !isPunct() && !VERB_CHAIN.contains(lower) && !FUNCTION_WORDS.contains(lower);
    }
    return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
  }

  boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
