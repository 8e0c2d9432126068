package org.claimgraph.nlp.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.nlp.learning.Hashing;
import org.claimgraph.nlp.learning.WordShapes;

/**
 * Turns a document's tokens into feature hashes, one array per token. Each feature is a template
 * id combined with a hashed value, so nothing is concatenated into strings.
 */
final class FeatureExtractor {
  // Template ids; only their distinctness matters.
  private static final int BIAS = 1;
  private static final int WORD = 2; // +offset, offsets -2..2 → 0..4
  private static final int RAW = 8;
  private static final int SHAPE = 10; // +offset → 10..14
  private static final int COLLAPSED_SHAPE = 16;
  private static final int PREFIX = 17; // +length-1 → 17..20
  private static final int SUFFIX = 21; // +length-1 → 21..24
  private static final int WORD_BIGRAM_LEFT = 25;
  private static final int WORD_BIGRAM_RIGHT = 26;
  private static final int SHAPE_BIGRAM_LEFT = 27;
  private static final int SHAPE_BIGRAM_RIGHT = 28;
  private static final int SHAPE_TRIGRAM = 29;
  private static final int FLAGS = 30;
  private static final int INITIAL_SHAPE = 31;
  private static final int PREV_WORD_SHAPE = 32;
  private static final int HEADLINE_SHAPE = 33;
  private static final int GAZ = 40;
  private static final int GAZ_LONG = 41;
  private static final int DOC_CASE = 80;
  private static final int DOC_NEIGHBOUR = 81;
  private static final int HISTORY_MAJORITY = 90;
  private static final int HISTORY_HAS = 91;
  private static final int FIRST_PASS_TAG = 92;
  private static final int FIRST_PASS_CONTEXT = 93;
  private static final int TOPIC_SHAPE = 100;
  private static final int TOPIC_GAZ = 101;
  private static final int TOPIC_WORD = 102;
  private static final int TABLE_SHAPE = 103;
  private static final int TABLE_GAZ = 104;
  private static final int NEXT_IS_NUMBER = 105;
  private static final int DOC_NAME_CONTEXT = 106;
  private static final int WIDE_LEFT = 107;
  private static final int WIDE_RIGHT = 108;
  private static final int SKELETON = 109;
  private static final int TOPIC_SKELETON = 110;
  private static final int BROWN = 200; // + 10*prefix index + offset+window (window ≤ 4)

  private static final long BOUNDARY = Hashing.of("<s>");
  private static final int MAX_AFFIX = 4;
  private static final int MAX_NEIGHBOURS = 24;
  /** Words this far away on each side (beyond the ±2 window) join the wide-context bags. */
  private static final int WIDE_REACH = 4;
  /** Longer sentences are prose, whose run pattern says nothing about a layout. */
  private static final int MAX_SKELETON_TOKENS = 16;

  private final FeatureGroups groups;
  private final Gazetteer gazetteer;
  private final BrownClusters brown;

  FeatureExtractor(FeatureGroups groups, Gazetteer gazetteer, BrownClusters brown) {
    this.groups = groups;
    this.gazetteer = groups.gazetteer() ? gazetteer : null;
    this.brown = groups.brown() ? brown : null;
  }

  /**
   * Features of every token: result[sentence][token] is an array of feature hashes.
   *
   * @param gazetteerExclude the document's own gazetteer entries to ignore (training), or null
   */
  long[][][] extract(List<List<String>> sentences, Map<Long, Integer> gazetteerExclude) {
    DocumentStats stats = groups.documentContext() ? DocumentStats.of(sentences) : null;
    long topic = groups.topicContext() ? topic(sentences) : 0;
    long[][][] out = new long[sentences.size()][][];
    LongBuffer buffer = new LongBuffer();
    for (int s = 0; s < sentences.size(); s++) {
      out[s] = sentence(sentences.get(s), gazetteerExclude, stats, topic, buffer);
    }
    return out;
  }

  /**
   * The second pass's features: {@code base} (from {@link #extract}) plus what a first pass
   * predicted for the token and for the same word elsewhere in the document.
   */
  static long[][][] withHistory(List<List<String>> sentences, long[][][] base, int[][] firstPass) {
    Map<String, int[]> history = typeHistory(sentences, firstPass);
    long[][][] out = new long[base.length][][];
    LongBuffer f = new LongBuffer();
    for (int s = 0; s < base.length; s++) {
      out[s] = new long[base[s].length][];
      for (int i = 0; i < base[s].length; i++) {
        f.clear();
        f.addAll(base[s][i]);
        addHistory(f, sentences.get(s).get(i), i, firstPass[s], history);
        out[s][i] = f.toArray();
      }
    }
    return out;
  }

  /**
   * Wire stories open with a capitalised topic slug ("SOCCER -", "TENNIS -"); it decides whether
   * "Leeds" is a club (ORG) or a city (LOC). 0 when the document has none.
   */
  private static long topic(List<List<String>> sentences) {
    for (List<String> words : sentences) {
      if (words.isEmpty()) {
        continue;
      }
      String first = words.get(0);
      boolean slug = first.length() > 2 && WordShapes.isAllCaps(first)
          && (words.size() == 1 || words.get(1).equals("-"));
      return slug ? Hashing.of(first) : 0;
    }
    return 0;
  }

  /** Results and tables: numbers in the sentence and hardly any lower-case words. */
  private static boolean tableLike(List<String> words) {
    int digits = 0;
    int lower = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
        digits++;
      } else if (hasLowercase(w) && !WordShapes.isCapitalized(w)) {
        lower++;
      }
    }
    return digits > 0 && lower <= 1;
  }

  private long[][] sentence(List<String> words, Map<Long, Integer> gazetteerExclude,
      DocumentStats stats, long topic, LongBuffer f) {
    int n = words.size();
    String[] norm = new String[n];
    long[] normHash = new long[n + 4];
    long[] shapeHash = new long[n + 4];
    long[] rawHash = new long[n];
    boolean headline = true;
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      norm[i] = WordShapes.normalize(w);
      normHash[i + 2] = Hashing.of(norm[i]);
      shapeHash[i + 2] = Hashing.of(WordShapes.shape(w));
      rawHash[i] = Hashing.of(w);
      headline &= !hasLowercase(w);
    }
    for (int pad : new int[] {0, 1, n + 2, n + 3}) {
      normHash[pad] = BOUNDARY;
      shapeHash[pad] = BOUNDARY;
    }
    List<int[]>[] gazMatches = gazetteerMatches(rawHash, n, gazetteerExclude);
    boolean table = groups.topicContext() && tableLike(words);
    long[][] brownIds = brownPrefixes(words);
    long[] skeleton = groups.lineSkeleton() ? skeleton(words) : null;
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      f.clear();
      String w = words.get(i);
      if (skeleton != null && skeleton[i] != 0) {
        f.add(SKELETON, skeleton[i]);
        if (topic != 0) {
          f.add(TOPIC_SKELETON, Hashing.combine(topic, skeleton[i]));
        }
      }
      int c = i + 2;
      f.add(BIAS, 0);
      for (int o = -2; o <= 2; o++) {
        f.add(WORD + o + 2, normHash[c + o]);
        f.add(SHAPE + o + 2, shapeHash[c + o]);
      }
      f.add(RAW, rawHash[i]);
      f.add(COLLAPSED_SHAPE, Hashing.of(WordShapes.collapsedShape(w)));
      for (int k = 1; k <= Math.min(MAX_AFFIX, norm[i].length()); k++) {
        f.add(PREFIX + k - 1, Hashing.of(norm[i], 0, k));
        f.add(SUFFIX + k - 1, Hashing.of(norm[i], norm[i].length() - k, norm[i].length()));
      }
      f.add(WORD_BIGRAM_LEFT, Hashing.combine(normHash[c - 1], normHash[c]));
      f.add(WORD_BIGRAM_RIGHT, Hashing.combine(normHash[c], normHash[c + 1]));
      f.add(SHAPE_BIGRAM_LEFT, Hashing.combine(shapeHash[c - 1], shapeHash[c]));
      f.add(SHAPE_BIGRAM_RIGHT, Hashing.combine(shapeHash[c], shapeHash[c + 1]));
      f.add(SHAPE_TRIGRAM, Hashing.combine(shapeHash[c - 1], shapeHash[c], shapeHash[c + 1]));
      f.add(FLAGS, flags(w, i));
      if (groups.wideContext()) {
        addWideContext(f, normHash, c, n);
      }
      f.add(INITIAL_SHAPE, Hashing.combine(i == 0 ? 1 : 0, shapeHash[c]));
      f.add(PREV_WORD_SHAPE, Hashing.combine(normHash[c - 1], shapeHash[c]));
      if (headline) {
        f.add(HEADLINE_SHAPE, shapeHash[c]);
      }
      if (gazMatches != null && gazMatches[i] != null) {
        for (int[] m : gazMatches[i]) {
          int start = m[0];
          int end = m[1];
          int position = end - start == 1 ? 0 : i == start ? 1 : i == end - 1 ? 3 : 2;
          f.add(GAZ, m[2] * 4 + position);
          f.add(GAZ_LONG, Hashing.combine(m[2] * 4 + position, Math.min(end - start, 4)));
          if (topic != 0) {
            f.add(TOPIC_GAZ, Hashing.combine(topic, m[2]));
          }
          if (table) {
            f.add(TABLE_GAZ, m[2]);
          }
        }
      }
      if (groups.topicContext()) {
        boolean capitalised = WordShapes.isCapitalized(w);
        if (topic != 0 && capitalised) {
          f.add(TOPIC_SHAPE, Hashing.combine(topic, shapeHash[c]));
          f.add(TOPIC_WORD, Hashing.combine(topic, normHash[c]));
        }
        if (table && capitalised) {
          f.add(TABLE_SHAPE, shapeHash[c]);
        }
        if (capitalised && i + 1 < n && !words.get(i + 1).isEmpty()
            && Character.isDigit(words.get(i + 1).charAt(0))) {
          f.add(NEXT_IS_NUMBER, table ? 1 : 0);
        }
      }
      if (brownIds != null) {
        int window = brown.window();
        for (int o = -window; o <= window; o++) {
          long[] prefixes = i + o >= 0 && i + o < n ? brownIds[i + o] : null;
          if (prefixes != null) {
            for (int p = 0; p < prefixes.length; p++) {
              f.add(BROWN + 10 * p + o + window, prefixes[p]);
            }
          }
        }
      }
      if (stats != null) {
        addDocumentCase(f, w, i, headline, stats);
        if (groups.nameContext()) {
          addNameContext(f, words, i, stats);
        }
        long[] neighbours = stats.neighbours.get(w.toLowerCase());
        if (neighbours != null) {
          for (long neighbour : neighbours) {
            f.add(DOC_NEIGHBOUR, neighbour);
          }
        }
      }
      out[i] = f.toArray();
    }
    return out;
  }

  /**
   * The words three and four places away, as one bag per side: "shares of", "the club" or "said
   * on" often sit just outside the ±2 window, and a bag generalises over where exactly.
   */
  private static void addWideContext(LongBuffer f, long[] normHash, int c, int n) {
    for (int d = 3; d <= WIDE_REACH; d++) {
      if (c - d >= 2) {
        f.add(WIDE_LEFT, normHash[c - d]);
      }
      if (c + d < n + 2) {
        f.add(WIDE_RIGHT, normHash[c + d]);
      }
    }
  }

  /**
   * Results and standings lines ("Sale 31 Wasps 33", "Dunvant 21 Ebbw Vale 10") share a layout
   * whatever names fill them: the sentence as runs of capitalised words (C), numbers (N),
   * lower-case words (L) and punctuation (P), e.g. "CNCN", with the run each capitalised token
   * sits in. Null for long sentences and those without a number; 0 for tokens outside a C run.
   */
  private static long[] skeleton(List<String> words) {
    int n = words.size();
    if (n < 2 || n > MAX_SKELETON_TOKENS) {
      return null;
    }
    StringBuilder runs = new StringBuilder();
    int[] run = new int[n];
    for (int i = 0; i < n; i++) {
      char kind = runKind(words.get(i));
      if (runs.length() == 0 || runs.charAt(runs.length() - 1) != kind) {
        runs.append(kind);
      }
      run[i] = runs.length() - 1;
    }
    if (runs.indexOf("N") < 0) {
      return null;
    }
    long layout = Hashing.of(runs);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      if (runs.charAt(run[i]) == 'C') {
        out[i] = Hashing.combine(layout, run[i]);
      }
    }
    return out;
  }

  private static char runKind(String w) {
    if (w.isEmpty()) {
      return 'P';
    }
    char first = w.charAt(0);
    return Character.isDigit(first) ? 'N' : Character.isUpperCase(first) ? 'C'
        : Character.isLetter(first) ? 'L' : 'P';
  }

  private static boolean hasLowercase(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static long flags(String w, int position) {
    boolean digit = false;
    boolean hyphen = false;
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      digit |= Character.isDigit(ch);
      hyphen |= ch == '-';
      letter |= Character.isLetter(ch);
    }
    return (position == 0 ? 1 : 0)
        | (WordShapes.isCapitalized(w) ? 2 : 0)
        | (WordShapes.isAllCaps(w) ? 4 : 0)
        | (digit ? 8 : 0)
        | (hyphen ? 16 : 0)
        | (!letter && !digit ? 32 : 0);
  }

  @SuppressWarnings("unchecked")
  private List<int[]>[] gazetteerMatches(long[] rawHash, int n, Map<Long, Integer> exclude) {
    if (gazetteer == null) {
      return null;
    }
    List<int[]>[] byToken = new List[n];
    gazetteer.match(rawHash, n, exclude, (start, end, type) -> {
      for (int i = start; i < end; i++) {
        if (byToken[i] == null) {
          byToken[i] = new java.util.ArrayList<>(2);
        }
        byToken[i].add(new int[] {start, end, type});
      }
    });
    return byToken;
  }

  private long[][] brownPrefixes(List<String> words) {
    if (brown == null) {
      return null;
    }
    long[][] ids = new long[words.size()][];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = brown.prefixHashes(words.get(i));
    }
    return ids;
  }

  /**
   * A capitalised word at the start of a sentence or in an all-caps headline is ambiguous; how
   * the same word is written elsewhere in the document resolves much of that.
   */
  private static void addDocumentCase(LongBuffer f, String w, int i, boolean headline,
      DocumentStats stats) {
    if (!WordShapes.isCapitalized(w)) {
      return;
    }
    String lower = w.toLowerCase();
    int position = (i == 0 ? 1 : 0) | (headline ? 2 : 0);
    int seen = (stats.capitalizedMidSentence.contains(lower) ? 1 : 0)
        | (stats.lowercase.contains(lower) ? 2 : 0);
    f.add(DOC_CASE, position * 4 + seen);
  }

  /**
   * How the word sits among capitalised words across the document. News introduces a person with
   * a first name or title before the surname ("Laszlo Sebesvari", later "Sebesvari"), while a
   * company mostly stands alone or before its legal form ("Pirelli", "Pirelli SpA"); a word the
   * tagger has never seen is otherwise guessed from its shape alone, which says person.
   */
  private static void addNameContext(LongBuffer f, List<String> words, int i,
      DocumentStats stats) {
    String w = words.get(i);
    Integer seen = WordShapes.isCapitalized(w) ? stats.nameContext.get(w.toLowerCase()) : null;
    if (seen != null) {
      boolean alone = (i == 0 || !WordShapes.isCapitalized(words.get(i - 1)))
          && (i + 1 == words.size() || !WordShapes.isCapitalized(words.get(i + 1)));
      f.add(DOC_NAME_CONTEXT, seen * 2 + (alone ? 1 : 0));
    }
  }

  /** Extended prediction history: what the first pass called this word elsewhere in the document. */
  private static void addHistory(LongBuffer f, String w, int i, int[] firstPass,
      Map<String, int[]> history) {
    int own = firstPass[i];
    f.add(FIRST_PASS_TAG, own);
    f.add(FIRST_PASS_CONTEXT, Hashing.combine(i > 0 ? firstPass[i - 1] : -1, own,
        i + 1 < firstPass.length ? firstPass[i + 1] : -1));
    if (!WordShapes.isCapitalized(w)) {
      return;
    }
    int[] counts = history.get(w.toLowerCase());
    int ownType = NerTags.typeOf(own) + 1;
    int best = -1;
    int bestCount = 0;
    for (int t = 1; t < counts.length; t++) {
      int c = counts[t] - (t == ownType ? 1 : 0);
      if (c > 0) {
        f.add(HISTORY_HAS, t);
        if (c > bestCount) {
          best = t;
          bestCount = c;
        }
      }
    }
    if (best > 0) {
      f.add(HISTORY_MAJORITY, best);
    }
  }

  /** Capitalised word (lower-cased) → how often the first pass gave it each type (0 = O). */
  private static Map<String, int[]> typeHistory(List<List<String>> sentences, int[][] firstPass) {
    Map<String, int[]> history = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      for (int i = 0; i < words.size(); i++) {
        if (WordShapes.isCapitalized(words.get(i))) {
          int[] counts = history.computeIfAbsent(words.get(i).toLowerCase(),
              k -> new int[NerTags.TYPES.size() + 1]);
          counts[NerTags.typeOf(firstPass[s][i]) + 1]++;
        }
      }
    }
    return history;
  }

  /** How words are written across the whole document. */
  private static final class DocumentStats {
    final Set<String> capitalizedMidSentence = new HashSet<>();
    final Set<String> lowercase = new HashSet<>();
    /**
     * Capitalised word (lower-cased) → the words next to it anywhere in the document, by side.
     * "Pirelli 's cables division" and "Pirelli shares" tell every other "Pirelli" it is a company.
     */
    final Map<String, long[]> neighbours = new HashMap<>();
    /**
     * Capitalised word (lower-cased) → bit flags over its uses outside headlines: 1 after another
     * capitalised word (not the sentence's first), 2 before one, 4 alone mid-sentence, 8 used more
     * than once.
     */
    final Map<String, Integer> nameContext = new HashMap<>();

    static DocumentStats of(List<List<String>> sentences) {
      DocumentStats stats = new DocumentStats();
      Map<String, Set<Long>> neighbours = new HashMap<>();
      for (List<String> words : sentences) {
        boolean headline = words.stream().noneMatch(FeatureExtractor::hasLowercase);
        for (int i = 0; i < words.size(); i++) {
          String w = words.get(i);
          if (WordShapes.isCapitalized(w) && i > 0 && !headline) {
            stats.capitalizedMidSentence.add(w.toLowerCase());
          } else if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
            stats.lowercase.add(w.toLowerCase());
          }
          if (WordShapes.isCapitalized(w) && !headline) {
            boolean left = i > 1 && WordShapes.isCapitalized(words.get(i - 1));
            boolean right = i + 1 < words.size() && WordShapes.isCapitalized(words.get(i + 1));
            int flags = (left ? 1 : 0) | (right ? 2 : 0) | (!left && !right && i > 0 ? 4 : 0);
            stats.nameContext.merge(w.toLowerCase(), flags, (a, b) -> a | b | 8);
            Set<Long> around = neighbours.computeIfAbsent(w.toLowerCase(), k -> new HashSet<>());
            if (i > 0 && around.size() < MAX_NEIGHBOURS) {
              around.add(Hashing.combine(-1, Hashing.of(WordShapes.normalize(words.get(i - 1)))));
            }
            if (i + 1 < words.size() && around.size() < MAX_NEIGHBOURS) {
              around.add(Hashing.combine(1, Hashing.of(WordShapes.normalize(words.get(i + 1)))));
            }
          }
        }
      }
      neighbours.forEach((word, around) ->
          stats.neighbours.put(word, around.stream().mapToLong(Long::longValue).toArray()));
      return stats;
    }
  }

  /** A reusable growable array of feature hashes for one token. */
  private static final class LongBuffer {
    private long[] data = new long[96];
    private int size;

    void clear() {
      size = 0;
    }

    void add(int template, long value) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = Hashing.combine(template, value);
    }

    void addAll(long[] hashes) {
      if (size + hashes.length > data.length) {
        data = Arrays.copyOf(data, Math.max(size * 2, size + hashes.length));
      }
      System.arraycopy(hashes, 0, data, size, hashes.length);
      size += hashes.length;
    }

    long[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
