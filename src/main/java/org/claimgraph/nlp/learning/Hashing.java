package org.claimgraph.nlp.learning;

/**
 * 64-bit hashing of strings and feature keys. Features are identified by hash, not by string,
 * so extracting them allocates nothing; at 64 bits collisions among a few million keys are
 * vanishingly rare.
 */
public final class Hashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  public static long of(CharSequence s) {
    return of(s, 0, s.length());
  }

  public static long of(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  public static long combine(long a, long b) {
    return mix(a * 0x9E3779B97F4A7C15L + b);
  }

  public static long combine(long a, long b, long c) {
    return combine(combine(a, b), c);
  }

  /** SplitMix64 finaliser: spreads bits so that nearby inputs land far apart. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
