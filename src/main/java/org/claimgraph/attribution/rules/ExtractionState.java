package org.claimgraph.attribution.rules;

import java.util.List;
import org.claimgraph.attribution.AttributionDocument;
import org.claimgraph.attribution.CueLexicon;
import org.claimgraph.attribution.Span;

/**
 * Everything one extraction over one document works with: the views of the text the rules share,
 * and the little the rules leave for the ones after them (the quotes already given to a cue, the
 * last source found).
 */
final class ExtractionState {
  final CueLexicon lexicon;
  final WordView view;
  final Quotes quotes;
  final NounPhrases nps;
  final Adjuncts adjuncts;
  final Content content;
  final CueVetoes vetoes;
  final AttributionBuilder builder;
  /** A quote is the content of one attribution only: the first cue that takes it. */
  final boolean[] usedQuote;
  private Span lastSource;
  private int lastSourceSeg = -1;

  ExtractionState(CueLexicon lexicon, AttributionDocument doc) {
    this.lexicon = lexicon;
    view = new WordView(doc);
    quotes = view.quotes();
    Mentions mentions = new Mentions(doc, view);
    nps = new NounPhrases(view, mentions);
    adjuncts = new Adjuncts(view);
    content = new Content(view, lexicon, nps);
    vetoes = new CueVetoes(view);
    builder = new AttributionBuilder(view, mentions, new Sources(view, mentions));
    usedQuote = new boolean[quotes.size()];
  }

  List<Word> words() {
    return view.words();
  }

  String text() {
    return view.text();
  }

  /** Records the source of an attribution kept, for a later cue in its sentence that has none. */
  void spoke(Span source, int seg) {
    lastSource = source;
    lastSourceSeg = seg;
  }

  /** "Hale admitted … but insisted …": the source of the last attribution kept in this sentence, or null. */
  Span sharedSubject(int seg) {
    return lastSourceSeg == seg ? lastSource : null;
  }
}
