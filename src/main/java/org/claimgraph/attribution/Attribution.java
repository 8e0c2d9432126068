package org.claimgraph.attribution;

import java.io.Serializable;
import java.util.List;

/**
 * One attribution: who (source) said (cue) what (content). Spans index the document text, end
 * exclusive. {@code source} is null when the text names none; {@code resolvedSource} is the earlier
 * named mention a pronoun or short reference stands for, or null. {@code content} holds one or more
 * spans in text order (a quote split around its cue gives two). {@code negated}: the clause denies
 * the speech act ("did not say that"), so the text reports the source did not make this statement.
 */
public record Attribution(
    int sentenceIndex,
    Span source,
    SourceKind sourceKind,
    Span resolvedSource,
    Span cue,
    String cueLemma,
    String cueClass,
    List<Span> content,
    Form form,
    List<AttributionDocument.Mention> about,
    boolean negated) implements Serializable {

  public Attribution {
    content = List.copyOf(content);
    about = List.copyOf(about);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("an attribution needs content");
    }
  }

  /** The same attribution, marked as negated. */
  public Attribution asNegated() {
    return new Attribution(sentenceIndex, source, sourceKind, resolvedSource, cue, cueLemma, cueClass, content, form,
        about, true);
  }

  /** First begin to last end of the content spans. */
  public Span contentExtent() {
    return new Span(content.get(0).begin(), content.get(content.size() - 1).end());
  }
}
