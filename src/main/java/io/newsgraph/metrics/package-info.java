/**
 * The figures of the daily tables as small state types with a merge, in the manner of Deequ's
 * analyzers: counts go in, a state holds only what the figure needs (a 2x2 table, a count with
 * moments), two states of disjoint inputs merge by adding, and the figure (NPMI, signed G², mean,
 * standard deviation, spike z-score) is read off the state. No Spark: the Spark stage calls these,
 * so the same arithmetic is unit-tested against hand-worked tables and serves whatever way the
 * stage groups its inputs before or after a shuffle.
 */
package io.newsgraph.metrics;
