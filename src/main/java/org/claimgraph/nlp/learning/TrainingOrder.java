package org.claimgraph.nlp.learning;

import java.util.Random;

/**
 * The order in which a perceptron visits its training examples: a fresh shuffle every epoch, so
 * the averaged weights do not depend on how the corpus happens to be sorted, and a fixed seed, so
 * the same data give the same model.
 */
public final class TrainingOrder {
  private final int[] order;
  private final Random random;

  public TrainingOrder(int size, long seed) {
    order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    random = new Random(seed);
  }

  /** The example indices in a new random order (the same array, reshuffled). */
  public int[] nextEpoch() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    return order;
  }
}
