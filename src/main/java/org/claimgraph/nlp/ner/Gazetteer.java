package org.claimgraph.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.nlp.learning.Hashing;

/**
 * Entity names seen in the training data, as token sequences with the types they were annotated
 * with and in how many documents. Lookups go by hash of the token sequence, so matching
 * allocates no strings.
 *
 * <p>On training documents the tagger must see the gazetteer as it would see it on new text, or
 * it learns to trust it blindly (every training entity is trivially in its own gazetteer). So
 * matching can leave out one document's own contribution: "leave-one-document-out".
 */
final class Gazetteer {
  static final int MAX_LENGTH = 8;
  private static final int TYPES = NerTags.TYPES.size();

  /** entry hash → documents containing it, per type. */
  private final Map<Long, int[]> documentCounts;

  private Gazetteer(Map<Long, int[]> documentCounts) {
    this.documentCounts = documentCounts;
  }

  static Gazetteer fromTraining(List<LabeledDocument> docs) {
    Map<Long, int[]> counts = new HashMap<>();
    for (LabeledDocument doc : docs) {
      ownEntries(doc).forEach((key, typeMask) -> {
        int[] c = counts.computeIfAbsent(key, k -> new int[TYPES]);
        for (int t = 0; t < TYPES; t++) {
          if ((typeMask & (1 << t)) != 0) {
            c[t]++;
          }
        }
      });
    }
    return new Gazetteer(counts);
  }

  /** The document's own entities: entry hash → bit mask of the types it had there. */
  static Map<Long, Integer> ownEntries(LabeledDocument doc) {
    Map<Long, Integer> own = new HashMap<>();
    for (int s = 0; s < doc.sentences().size(); s++) {
      List<String> words = doc.sentences().get(s);
      List<String> tags = doc.tags().get(s);
      int start = -1;
      for (int i = 0; i <= words.size(); i++) {
        int tag = i < words.size() ? NerTags.index(tags.get(i)) : 0;
        if (start >= 0 && (tag == 0 || NerTags.isBegin(tag))) {
          if (i - start <= MAX_LENGTH) {
            int type = NerTags.typeOf(NerTags.index(tags.get(start)));
            own.merge(key(words, start, i), 1 << type, (a, b) -> a | b);
          }
          start = -1;
        }
        if (tag != 0 && NerTags.isBegin(tag)) {
          start = i;
        }
      }
    }
    return own;
  }

  static long key(List<String> words, int from, int to) {
    long h = 17;
    for (int i = from; i < to; i++) {
      h = Hashing.combine(h, Hashing.of(words.get(i)));
    }
    return h;
  }

  /**
   * Calls {@code sink} for every entry matching at each position of the sentence: start, length
   * and type. {@code exclude} (may be null) is the current document's own entries, left out.
   */
  void match(long[] wordHashes, int n, Map<Long, Integer> exclude, MatchSink sink) {
    for (int start = 0; start < n; start++) {
      long h = 17;
      for (int end = start + 1; end <= Math.min(n, start + MAX_LENGTH); end++) {
        h = Hashing.combine(h, wordHashes[end - 1]);
        int[] counts = documentCounts.get(h);
        if (counts == null) {
          continue;
        }
        int excluded = exclude == null ? 0 : exclude.getOrDefault(h, 0);
        for (int t = 0; t < TYPES; t++) {
          int c = counts[t] - ((excluded & (1 << t)) != 0 ? 1 : 0);
          if (c > 0) {
            sink.accept(start, end, t);
          }
        }
      }
    }
  }

  interface MatchSink {
    void accept(int start, int end, int type);
  }

  int size() {
    return documentCounts.size();
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(documentCounts.size());
    for (Map.Entry<Long, int[]> e : documentCounts.entrySet()) {
      out.writeLong(e.getKey());
      for (int c : e.getValue()) {
        out.writeShort(Math.min(c, Short.MAX_VALUE));
      }
    }
  }

  static Gazetteer read(DataInputStream in) throws IOException {
    int size = in.readInt();
    Map<Long, int[]> counts = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      long key = in.readLong();
      int[] c = new int[TYPES];
      for (int t = 0; t < TYPES; t++) {
        c[t] = in.readShort();
      }
      counts.put(key, c);
    }
    return new Gazetteer(counts);
  }
}
