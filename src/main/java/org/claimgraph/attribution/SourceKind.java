package org.claimgraph.attribution;

/** What kind of speaker a source is. */
public enum SourceKind {
  /** A named person, or a pronoun/short name resolved to one. */
  PERSON,
  /** A named organisation (party, ministry, company, outlet), or a reference resolved to one. */
  ORGANISATION,
  /** A place standing for its government or people ("Moscow said"). */
  PLACE,
  /** A described but unnamed source: "a senior intelligence official", "sources close to the talks". */
  UNNAMED,
  /** A pronoun or short reference that could not be resolved to a named mention. */
  UNRESOLVED,
  /** No source in the text (agentless passive, "it is claimed"). */
  NONE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
