package org.claimgraph.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ClaimgraphException;

/**
 * Reporting verbs and speech nouns: word form → (lemma, class). Read from a TSV of {@code lemma,
 * class, forms[, noun]} (only the listed forms are cues: the lemma is not added, so a base form with
 * poor precision can be left out). A line marked {@code noun} lists forms that are cues only as the
 * head of a noun phrase ("his criticism of"), kept apart because most of them are poor cues as verbs
 * (the bundled lexicon is {@code /attribution/cues.tsv}; its header documents the classes).
 */
public final class CueLexicon implements Serializable {
  public static final String BUNDLED = "/attribution/cues.tsv";

  /** A cue word's lemma and class. */
  public record Entry(String lemma, String cueClass) implements Serializable {}

  private final Map<String, Entry> byForm;
  private final Map<String, Entry> nounByForm;
  private final Set<String> classes;

  private CueLexicon(Map<String, Entry> byForm, Map<String, Entry> nounByForm, Set<String> classes) {
    this.byForm = byForm;
    this.nounByForm = nounByForm;
    this.classes = classes;
  }

  public static CueLexicon bundled() {
    InputStream in = CueLexicon.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw ClaimgraphException.of("The attribution cue lexicon is missing.",
          "The resource " + BUNDLED + " is not on the classpath.",
          "Rebuild the claimgraph jar; src/main/resources/attribution/cues.tsv must be packaged.");
    }
    return read(in, BUNDLED);
  }

  public static CueLexicon read(InputStream in, String name) {
    Map<String, Entry> forms = new HashMap<>();
    Map<String, Entry> nouns = new HashMap<>();
    Set<String> classes = new LinkedHashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
          throw ClaimgraphException.of("Line " + no + " of the cue lexicon " + name + " is malformed.",
              "A line needs three tab-separated fields: lemma, class, forms.",
              "Fix the line: e.g. `say<TAB>state<TAB>say,says,said,saying`.");
        }
        boolean noun = f.length > 3 && f[3].trim().equals("noun");
        if (f.length > 3 && !noun) {
          throw ClaimgraphException.of("Line " + no + " of the cue lexicon " + name + " has an unknown fourth field.",
              "The optional fourth field can only be `noun` (forms that are cues as nouns only).",
              "Remove the field or write `noun`.");
        }
        Entry e = new Entry(f[0].trim(), f[1].trim());
        classes.add(e.cueClass());
        for (String form : f[2].split(",")) {
          if (!form.isBlank()) {
            (noun ? nouns : forms).putIfAbsent(form.trim().toLowerCase(Locale.ROOT), e);
          }
        }
      }
    } catch (IOException e) {
      throw ClaimgraphException.of("Cannot read the cue lexicon " + name + ".", e.getMessage(),
          "Check that the file exists and is readable.", e);
    }
    return new CueLexicon(Map.copyOf(forms), Map.copyOf(nouns), Set.copyOf(classes));
  }

  /** The entry for a verb form (any case), or null. */
  public Entry lookup(String form) {
    return byForm.get(form.toLowerCase(Locale.ROOT));
  }

  /** The entry for a speech noun form (any case), or null. */
  public Entry lookupNoun(String form) {
    return nounByForm.get(form.toLowerCase(Locale.ROOT));
  }

  public Set<String> classes() {
    return classes;
  }
}
