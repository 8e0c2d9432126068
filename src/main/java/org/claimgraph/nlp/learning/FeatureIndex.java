package org.claimgraph.nlp.learning;

/**
 * Open-addressing map from 64-bit feature hash to a dense row number. Feature keys are never 0
 * in practice; 0 marks an empty slot.
 */
public final class FeatureIndex {
  private long[] keys;
  private int[] rows;
  private int size;

  public FeatureIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    rows = new int[capacity];
  }

  public int size() {
    return size;
  }

  /** The row of {@code key}, or -1 if it is not in the index. */
  public int get(long key) {
    if (key == 0) {
      key = 1;
    }
    int mask = keys.length - 1;
    int slot = (int) key & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return rows[slot];
      }
      if (k == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The row of {@code key}, adding it with the next free row if new. */
  public int add(long key) {
    if (key == 0) {
      key = 1;
    }
    int found = get(key);
    if (found >= 0) {
      return found;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    put(key, size);
    return size++;
  }

  private void put(long key, int row) {
    int mask = keys.length - 1;
    int slot = (int) key & mask;
    while (keys[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    rows[slot] = row;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldRows.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldRows[i]);
      }
    }
  }

  /** Keys in row order. */
  public long[] keysByRow() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        out[rows[i]] = keys[i];
      }
    }
    return out;
  }

  public static FeatureIndex ofKeys(long[] keysByRow) {
    FeatureIndex index = new FeatureIndex(keysByRow.length);
    for (long key : keysByRow) {
      index.add(key);
    }
    return index;
  }
}
