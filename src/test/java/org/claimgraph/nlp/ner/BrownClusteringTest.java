package org.claimgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrownClusteringTest {
  private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday");
  private static final List<String> CITIES = List.of("Paris", "Berlin", "London", "Madrid");
  private static final List<String> VERBS = List.of("rose", "fell", "climbed", "dropped");

  /** Sentences whose slots hold interchangeable words: days, cities, verbs. */
  private static Path toyNews(Path dir) throws IOException {
    Random random = new Random(11);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      String day = DAYS.get(random.nextInt(DAYS.size()));
      String city = CITIES.get(random.nextInt(CITIES.size()));
      String verb = VERBS.get(random.nextInt(VERBS.size()));
      switch (random.nextInt(3)) {
        case 0 -> text.append("Shares ").append(verb).append(" in ").append(city).append(" on ")
            .append(day).append(" . ");
        case 1 -> text.append("On ").append(day).append(" , prices ").append(verb)
            .append(" . ");
        default -> text.append("Talks in ").append(city).append(" ended on ").append(day)
            .append(" . ");
      }
    }
    Path news = dir.resolve("news.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(news))) {
      out.write(("{\"id\":\"1\",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    return news;
  }

  @Test
  void deterministicPathsWithSimilarWordsInOneSubtree(@TempDir Path dir) throws IOException {
    Path news = toyNews(dir);
    // Fewer active clusters than words, so the windowed merging is exercised too.
    BrownClustering.Options options = new BrownClustering.Options(5, 1000, 12,
        new int[] {2, 4}, 1);
    BrownClusters clusters = BrownClustering.build(List.of(news), options);
    BrownClusters again = BrownClustering.build(List.of(news), options);
    for (String w : List.of("Monday", "Paris", "rose", "Shares", "on", ".")) {
      assertThat(clusters.path(w)).isNotNull().matches("[01]*").isEqualTo(again.path(w));
    }
    for (List<String> group : List.of(DAYS, CITIES, VERBS)) {
      // The group's common prefix holds none of the other words.
      String prefix = commonPrefix(group.stream().map(clusters::path).toList());
      for (String other : List.of("Monday", "Paris", "rose", "Shares", "on", "in", ".", ",")) {
        if (!group.contains(other)) {
          assertThat(clusters.path(other)).as("%s vs %s", other, group).doesNotStartWith(prefix);
        }
      }
    }
    assertThat(clusters.path("PARIS")).isEqualTo(clusters.path("Paris"));
    assertThat(clusters.path("Unseen")).isNull();
  }

  @Test
  void roundTripsThroughTheModelFormat(@TempDir Path dir) throws IOException {
    BrownClusters clusters = BrownClustering.build(List.of(toyNews(dir)),
        new BrownClustering.Options(5, 1000, 6, new int[] {2, 4}, 2));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    clusters.write(new DataOutputStream(bytes));
    BrownClusters read = BrownClusters.read(
        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read.size()).isEqualTo(clusters.size());
    assertThat(read.window()).isEqualTo(2);
    assertThat(read.prefixHashes("Tuesday")).containsExactly(clusters.prefixHashes("Tuesday"));
  }

  @Test
  void taggerWithBrownFeaturesSurvivesSaveAndLoad(@TempDir Path dir) throws IOException {
    BrownClusters brown = BrownClustering.build(List.of(toyNews(dir)),
        new BrownClustering.Options(5, 1000, 10, new int[] {4, 6, 10, 20}, 1));
    FeatureGroups groups = FeatureGroups.best().withBrown(true);
    NerTrainingOptions options = new NerTrainingOptions(groups, 6, 6, 1, 2, 1L);
    List<LabeledDocument> docs = TinyCorpus.documents();
    NerTaggerCore core = NerTrainer.train(docs, docs, brown, options);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    core.save(bytes);
    NerTaggerCore loaded = NerTaggerCore.load(new ByteArrayInputStream(bytes.toByteArray()),
        "mem");
    assertThat(loaded.featureGroups().brown()).isTrue();
    List<List<String>> text = List.of(List.of("Shares", "rose", "in", "Paris", "on", "Monday"),
        List.of("Peter", "Miller", "visited", "BERLIN", "."));
    assertThat(loaded.tag(text)).isEqualTo(core.tag(text));
    for (LabeledDocument doc : docs) {
      assertThat(loaded.tag(doc.sentences())).isEqualTo(doc.tags());
    }
  }

  private static String commonPrefix(List<String> paths) {
    String prefix = paths.get(0);
    for (String p : paths) {
      int n = 0;
      while (n < prefix.length() && n < p.length() && prefix.charAt(n) == p.charAt(n)) {
        n++;
      }
      prefix = prefix.substring(0, n);
    }
    return prefix;
  }
}
