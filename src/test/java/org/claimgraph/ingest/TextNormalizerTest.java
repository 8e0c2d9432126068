package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void unicodeSpacesBecomeOnePlainSpace() {
    assertThat(TextNormalizer.normalize("a\u00a0b\u2003c\u3000d\te  \u00a0 f")).isEqualTo("a b c d e f");
  }

  @Test
  void invisibleCharactersAreRemovedButJoinersKept() {
    assertThat(TextNormalizer.normalize("zero\u200bwidth\ufeff soft\u00adhyphen\u0001")).isEqualTo("zerowidth softhyphen");
    assertThat(TextNormalizer.normalize("\ud83d\udc69\u200d\ud83d\udcbb")).isEqualTo("\ud83d\udc69\u200d\ud83d\udcbb");
  }

  @Test
  void paragraphsAreSeparatedByExactlyOneBlankLine() {
    assertThat(TextNormalizer.normalize("  one\r\ntwo  \r\n\r\n \t \r\n\n three\rfour\n\n"))
        .isEqualTo("one two\n\nthree four");
    assertThat(TextNormalizer.normalize("a\u2029b\u2028c")).isEqualTo("a\n\nb c");
  }

  @Test
  void composesToNfcAndNeverFails() {
    assertThat(TextNormalizer.normalize("cafe\u0301")).isEqualTo("caf\u00e9");
    assertThat(TextNormalizer.normalize(null)).isEmpty();
    assertThat(TextNormalizer.normalize(" \u00a0\u200b\n\t ")).isEmpty();
    assertThat(TextNormalizer.normalize("lone \ud800 high")).isEqualTo("lone high");
  }

  @Test
  void isFastOnLargeText() {
    String big = "Word, another word\u00a0here.\n".repeat(400_000); // ~10M chars
    long start = System.nanoTime();
    String out = TextNormalizer.normalize(big);
    assertThat(out).startsWith("Word, another word here. Word");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
  }
}
