package org.claimgraph.attribution.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.AttributionDocument;
import org.claimgraph.attribution.Candidate;
import org.claimgraph.attribution.CueLexicon;
import org.claimgraph.attribution.RuleVeto;

/**
 * The order the cue rules run in. Words are visited in text order and each one outside quotation
 * marks goes to the first rule its form selects: "according to", a colon, a dash, then a cue verb the
 * vetoes trust, then a speech noun. Order matters because a rule takes the quotes it attributes,
 * and because a later cue may share the source of an earlier one in its sentence.
 */
public final class AttributionRules {
  private static final CueRule ACCORDING_TO = new AccordingTo();
  private static final CueRule COLON = new ColonCue();
  private static final CueRule DASH_SIGNATURE = new DashSignature();
  private static final CueRule VERB = new VerbCue();
  private static final CueRule NOUN = new NounCue();

  private AttributionRules() {}

  /**
   * Every attribution the rules find, in text order. With {@code keepVetoed} the ones a rule
   * distrusts are kept with their vetoes (for a scorer to judge); without, they are dropped.
   */
  public static List<Candidate> candidates(CueLexicon lexicon, AttributionDocument doc, boolean keepVetoed) {
    ExtractionState st = new ExtractionState(lexicon, doc);
    List<Word> words = st.words();
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.quoted()) {
        continue;
      }
      Attribution a = null;
      EnumSet<RuleVeto> vetoes = EnumSet.noneOf(RuleVeto.class);
      if (w.lower().equals("according") && i + 1 < words.size() && words.get(i + 1).lower().equals("to")) {
        a = ACCORDING_TO.find(i, st);
      } else if (w.text().equals(":")) {
        a = COLON.find(i, st);
      } else if (w.text().equals("―") || w.text().equals("—")) {
        a = DASH_SIGNATURE.find(i, st);
      } else {
        boolean verb = lexicon.lookup(w.lower()) != null;
        boolean noun = w.pos().startsWith("NN") && lexicon.lookupNoun(w.lower()) != null;
        EnumSet<RuleVeto> verbVetoes = verb ? st.vetoes.vetoes(i) : null;
        if (verb && verbVetoes.isEmpty()) {
          a = VERB.find(i, st);
        } else if (noun) {
          a = NOUN.find(i, st);
        }
        // an absolute veto is not worth building: it would only use up quotes a later cue may own
        if (a == null && verb && !verbVetoes.isEmpty() && keepVetoed
            && verbVetoes.stream().noneMatch(RuleVeto::absolute)) {
          a = VERB.find(i, st);
          vetoes = verbVetoes;
        }
      }
      if (a != null && vetoes.contains(RuleVeto.NEGATED)) {
        a = a.asNegated();
      }
      if (a != null && st.vetoes.speakerInsideQuote(a)) {
        vetoes.add(RuleVeto.SPEAKER_INSIDE_QUOTE);
      }
      if (a != null && (vetoes.isEmpty() || keepVetoed && vetoes.stream().noneMatch(RuleVeto::absolute))) {
        out.add(new Candidate(a, vetoes));
        if (a.source() != null) {
          st.spoke(a.source(), w.seg());
        }
      }
    }
    return out;
  }
}
