/**
 * The last step of the data flow: every output table declared once ({@code Tables}), the Delta Lake
 * store that publishes a run and the run lock. Stages conform their output to these schemas, so
 * this package comes before them in the import order and imports none of them.
 */
package org.claimgraph.tables;
