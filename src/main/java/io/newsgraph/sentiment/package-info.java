/**
 * Sentiment without Spark: {@link io.newsgraph.sentiment.VaderScorer}, a Java port of the VADER
 * 3.3.2 rules with the bundled VADER lexicons (MIT, see LICENSE-VADER.txt next to them), and {@link
 * io.newsgraph.sentiment.GdeltTone}, GDELT-style word counts over the same lexicon.
 */
package io.newsgraph.sentiment;
