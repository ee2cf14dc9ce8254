/**
 * Traces as text trees: {@link dev.spanweave.test.tree.SpanTrees} prints ended spans in the
 * notation of a tree one would draw and asserts that a trace matches such a tree, failing with a
 * diff; {@code SpanweaveExtension.assertTrace} and {@code printTraces} use it.
 */
package dev.spanweave.test.tree;
