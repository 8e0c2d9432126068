/**
 * Relative dates ("on Monday", "yesterday") resolved against the publication date, for the day a
 * claim was made; used only by the attribution stage.
 */
package org.claimgraph.attribution.dates;
