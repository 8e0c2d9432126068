/**
 * The attribution rules, one class per kind of cue, run in a fixed order by {@code AttributionRules};
 * their word lists are resource files under attribution/words.
 */
package org.claimgraph.attribution.rules;
