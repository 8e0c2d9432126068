package org.claimgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorsTest {

  @Test
  void skipGramIsDeterministicAndGroupsInterchangeableWords() {
    List<int[]> articles = syntheticArticles();
    long[] counts = new long[6];
    for (int[] a : articles) {
      for (int w : a) {
        counts[w]++;
      }
    }
    float[] first = SkipGramEmbeddings.train(articles, counts, 8, 2, 3, 3, 1, 5L);
    float[] second = SkipGramEmbeddings.train(articles, counts, 8, 2, 3, 3, 1, 5L);
    assertThat(first).containsExactly(second);
    // Words 0 and 1 share their contexts (2 _ 3), as do 4 and 5 (3 _ 2).
    assertThat(cosine(first, 0, 1, 8)).isGreaterThan(cosine(first, 0, 4, 8));
    assertThat(cosine(first, 4, 5, 8)).isGreaterThan(cosine(first, 1, 5, 8));
  }

  @Test
  void buildsClustersFromNewsFileAndLooksUpCapitalisedHeadlineWords(@TempDir Path dir)
      throws IOException {
    Path news = dir.resolve("news.jsonl.gz");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("Talks in Paris ended . Talks in Berlin ended . Mr Smith said . Mr Jones said . ");
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(news))) {
      out.write(("{\"id\":\"1\",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    WordClusterBuilder.Options defaults = WordClusterBuilder.Options.defaults();
    WordClusterBuilder.Options small = new WordClusterBuilder.Options(defaults.method(), 5,
        1000, 10, 8, new int[] {2, 4}, 5, 7L, 2, 3, 2);
    WordClusters clusters = WordClusterBuilder.build(List.of(news), small);
    assertThat(clusters.size()).isEqualTo(10);
    assertThat(clusters.of("PARIS")).isEqualTo(clusters.of("Paris"));
    assertThat(clusters.of("Unseen")).isNull();
    WordClusters again = WordClusterBuilder.build(List.of(news), small);
    for (String w : List.of("Paris", "Berlin", "Smith", "Jones", "said", "ended")) {
      assertThat(again.of(w)).containsExactly(clusters.of(w));
    }
  }

  @Test
  void finalModelOnTrainAndDevStillLearnsTheData() {
    NerTrainingOptions options = new NerTrainingOptions(FeatureGroups.all(), 6, 6, 1, 2, 1L,
        WordClusterBuilder.Options.defaults(), true);
    List<LabeledDocument> docs = TinyCorpus.documents();
    NerTaggerCore core = NerTrainer.train(docs.subList(0, 1), docs.subList(1, 2), null, options);
    for (LabeledDocument doc : docs) {
      assertThat(core.tag(doc.sentences())).isEqualTo(doc.tags());
    }
  }

  private static List<int[]> syntheticArticles() {
    List<int[]> articles = new ArrayList<>();
    java.util.Random random = new java.util.Random(3);
    for (int a = 0; a < 200; a++) {
      int[] ids = new int[30];
      for (int i = 0; i < ids.length; i += 3) {
        boolean firstKind = random.nextBoolean();
        ids[i] = firstKind ? 2 : 3;
        ids[i + 1] = firstKind ? random.nextInt(2) : 4 + random.nextInt(2);
        ids[i + 2] = firstKind ? 3 : 2;
      }
      articles.add(ids);
    }
    return articles;
  }

  private static double cosine(float[] v, int a, int b, int dims) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int d = 0; d < dims; d++) {
      dot += v[a * dims + d] * v[b * dims + d];
      na += v[a * dims + d] * v[a * dims + d];
      nb += v[b * dims + d] * v[b * dims + d];
    }
    return dot / Math.sqrt(na * nb);
  }

}
