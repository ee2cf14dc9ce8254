/**
 * The AspectJ adapter: the aspect {@code dev.spanweave.aspectj.TracedSpanAspect} weaves every
 * method execution annotated with {@code @TracedSpan} (or a public method of a {@code @TracedSpan}
 * type), OpenTelemetry's {@code @WithSpan} and {@code @AddingSpanAttributes}, and hands each call to
 * tracing-core's runtime.
 *
 * <p>Compile-time weaving: list this jar under {@code aspectLibraries} of the
 * aspectj-maven-plugin. Load-time weaving: start the JVM with {@code
 * -javaagent:aspectjweaver.jar}; the jar's {@code META-INF/aop.xml} declares the aspect. Under
 * compile-time weaving the aspect also turns annotations that would do nothing into compile
 * errors.
 *
 * <p>The aspect is written in AspectJ's code style ({@code .aj}), which javadoc cannot read: its
 * source is in the sources jar. The types documented here are called by woven code only.
 */
package dev.spanweave.aspectj;
