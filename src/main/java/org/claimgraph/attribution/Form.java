package org.claimgraph.attribution;

/** How the content is reported. */
public enum Form {
  /** All of the content is inside quotation marks. */
  DIRECT,
  /** None of the content is quoted: reported speech. */
  INDIRECT,
  /** Reported speech with quoted parts. */
  MIXED,
  /** "according to X": the cue is the preposition phrase. */
  ACCORDING_TO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
