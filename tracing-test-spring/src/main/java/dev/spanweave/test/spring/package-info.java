/**
 * The test kit inside Spring tests: with this jar on the test classpath, a Spring test class
 * annotated {@link dev.spanweave.test.SpanweaveTest} (or registering a {@link
 * dev.spanweave.test.SpanweaveExtension}) runs its application with the kit's in-memory SDK as
 * the primary {@code OpenTelemetry} bean, every request sampled. Nothing here is called by tests:
 * Spring's test framework finds it through {@code META-INF/spring.factories}.
 */
package dev.spanweave.test.spring;
