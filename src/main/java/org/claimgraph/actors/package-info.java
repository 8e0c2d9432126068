/**
 * Fourth stage: links entity mentions to canonical actors (in-article aliases, acronyms, variants,
 * overrides, dominant full names) and builds the actors and actor_aliases tables.
 */
package org.claimgraph.actors;
