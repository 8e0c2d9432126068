package org.claimgraph.attribution;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** An attribution the rules propose, with the vetoes that would make the rules alone drop it. */
public record Candidate(Attribution attribution, Set<RuleVeto> vetoes) implements Serializable {
  /** The vetoes iterate in their declaration order; {@code Set.copyOf}'s order changes from one JVM to the next. */
  public Candidate {
    EnumSet<RuleVeto> copy = EnumSet.noneOf(RuleVeto.class);
    copy.addAll(vetoes);
    vetoes = Collections.unmodifiableSet(copy);
  }

  public boolean vetoed() {
    return !vetoes.isEmpty();
  }
}
