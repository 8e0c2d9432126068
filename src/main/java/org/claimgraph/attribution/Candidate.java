package org.claimgraph.attribution;

import java.io.Serializable;
import java.util.Set;

/** An attribution the rules propose, with the vetoes that would make the rules alone drop it. */
public record Candidate(Attribution attribution, Set<RuleVeto> vetoes) implements Serializable {
  public Candidate {
    vetoes = Set.copyOf(vetoes);
  }

  public boolean vetoed() {
    return !vetoes.isEmpty();
  }
}
