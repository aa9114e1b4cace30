/**
 * Near-duplicate detection for news (plain Java, no Spark): MinHash signatures over word shingles, LSH banding to
 * propose candidate pairs, verification by estimated Jaccard similarity within a date window, and union-find
 * clusters with a deterministic canonical article.
 *
 * <p>Defaults ({@link io.newsgraph.dedup.DedupParams#DEFAULT}) — see the class docs for the evaluation behind them.
 */
package io.newsgraph.dedup;
