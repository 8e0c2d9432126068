package org.claimgraph.scoring;

/** Gold, predicted and correct span counts for one entity type (or for all of them). */
public record TypeCounts(long gold, long predicted, long correct) {
  public double precision() {
    return predicted == 0 ? 0 : 100.0 * correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : 100.0 * correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  TypeCounts plus(TypeCounts o) {
    return new TypeCounts(gold + o.gold, predicted + o.predicted, correct + o.correct);
  }
}
