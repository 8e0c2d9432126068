package org.claimgraph.attribution.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.Span;

/** Turns what a cue rule found into an {@link Attribution}: content merged, source resolved, mentions listed. */
final class AttributionBuilder {
  private final WordView view;
  private final Mentions mentions;
  private final Sources sources;

  AttributionBuilder(WordView view, Mentions mentions, Sources sources) {
    this.view = view;
    this.mentions = mentions;
    this.sources = sources;
  }

  /** {@code content} is sorted in place; overlapping spans (a quote found twice) become one. */
  Attribution build(int seg, Span source, Span cue, String lemma, String cls, List<Span> content, Form form) {
    content.sort(null);
    List<Span> merged = new ArrayList<>();
    for (Span c : content) {
      if (!merged.isEmpty() && merged.get(merged.size() - 1).overlaps(c)) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1).union(c));
      } else {
        merged.add(c);
      }
    }
    Sources.Resolution who = sources.resolve(source);
    return new Attribution(seg < 0 ? 0 : view.sentenceIndex(seg), source, who.kind(), who.resolved(), cue, lemma,
        cls, merged, form, mentions.about(merged), false);
  }
}
