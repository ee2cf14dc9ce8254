/**
 * spanweave's test kit (add {@code dev.spanweave:tracing-test} with test scope): {@link
 * dev.spanweave.test.SpanweaveExtension} captures the spans of the code under test in memory and,
 * in strict mode, fails tests that write to ended spans, leave spans open or leak a Context; {@link
 * dev.spanweave.test.SpanweaveTest} applies it to a test class.
 */
package dev.spanweave.test;
