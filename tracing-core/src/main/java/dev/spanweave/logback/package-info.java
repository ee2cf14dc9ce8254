/**
 * Log correlation for Logback at read time: {@link
 * dev.spanweave.logback.SpanweaveLogbackServiceProvider}, named as SLF4J's provider ({@code
 * -Dslf4j.provider=dev.spanweave.logback.SpanweaveLogbackServiceProvider}), makes Logback's MDC
 * answer {@code trace_id}, {@code span_id} and {@code trace_flags} from the current OpenTelemetry
 * span, so that traced calls write nothing into the MDC. Needs {@code logback-classic} 1.5 and
 * SLF4J 2.0.9 or later.
 */
package dev.spanweave.logback;
