package dev.spanweave.annotations;

import io.opentelemetry.api.trace.SpanKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens an OpenTelemetry span for every execution of the annotated method. The span is current for
 * the whole method body (so {@code Span.current().setAttribute(...)} anywhere in the body lands on
 * it) and is ended when the method returns or throws; for asynchronous return types, when the
 * returned work completes.
 *
 * <p>On a type, every {@code public} method declared in that type is traced (methods inherited from
 * supertypes and methods of nested types are not). A method-level annotation overrides the
 * type-level one.
 *
 * <p>Like every Java method annotation, it is not inherited: on an interface or abstract method it
 * does nothing for the implementations, which must carry it themselves (or sit in a
 * {@code @TracedSpan} type). Putting it on an abstract or interface method is therefore a compile
 * error, from the annotation processor in tracing-core. See docs/annotations.md, "Which methods
 * are traced".
 *
 * <p>Parameters annotated with {@link SpanAttribute} become typed span attributes. A method that
 * fails records an {@code exception} event, sets status {@code ERROR} and the {@code error.type}
 * attribute, and rethrows the very same exception.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface TracedSpan {

  /**
   * The span name. Empty (the default) means {@code SimpleClassName.methodName}, as OpenTelemetry's
   * {@code @WithSpan} does.
   *
   * @return the span name, or empty for the default
   */
  String value() default "";

  /**
   * The span kind; {@link SpanKind#INTERNAL} by default.
   *
   * @return the span kind
   */
  SpanKind kind() default SpanKind.INTERNAL;

  /**
   * Whether the span is a child of the caller's current span (the default). {@code false} starts a
   * new root span (a new trace) that carries a link to the caller's span, if there was one.
   *
   * @return whether the span continues the caller's trace
   */
  boolean inheritContext() default true;

  /**
   * Attribute key under which the return value is recorded, with the same typed mapping as {@link
   * SpanAttribute}. Empty (the default) records nothing. A {@code null} return value records
   * nothing. For asynchronous return types the completed value is recorded.
   *
   * @return the attribute key for the return value, or empty for none
   */
  String resultAttribute() default "";

  /**
   * The member of the return value recorded under {@link #resultAttribute()}, as {@link
   * SpanAttribute#path()} says for arguments ({@code "customer.id"}); for an asynchronous return
   * type, of the completed value's declared type ({@code CompletableFuture<Order>}: of {@code
   * Order}). Empty (the default) records the value itself. A path that does not resolve fails the
   * build.
   *
   * @return the path of the recorded member of the return value, or empty for the value itself
   */
  String resultPath() default "";

  /**
   * Attribute key under which the size of the return value is recorded as a {@code long}: the
   * number of elements of a collection or array, of entries of a map, of characters of a char
   * sequence, or 0/1 for an {@link java.util.Optional}. Empty (the default) records nothing; other
   * types record nothing.
   *
   * @return the attribute key for the size of the return value, or empty for none
   */
  String resultSizeAttribute() default "";

  /**
   * Exceptions that are part of the method's normal contract (a "not found", a validation
   * failure). When the method throws one of these (or a subclass), the exception event is still
   * recorded but the span is not marked as an error: status stays {@code UNSET} and no {@code
   * error.type} is set. The exception is rethrown unchanged.
   *
   * @return the exception types that do not mark the span as an error
   */
  Class<? extends Throwable>[] expectedExceptions() default {};

  /**
   * The slow-call threshold of this method's span log line, in milliseconds: a call that takes at
   * least this long is logged at WARN by the logger {@code dev.spanweave.spans} (when span log
   * lines are on: {@code Spanweave.logSpans(true)} or {@code spanweave.span-logging.enabled}).
   * {@code -1} (the default) uses the global threshold ({@code Spanweave.slowCallThreshold}, {@code
   * spanweave.span-logging.slow-threshold}), none unless set; {@code 0} logs every call at WARN.
   *
   * @return the slow-call threshold in milliseconds, or {@code -1} for the global one
   */
  long slowThresholdMillis() default -1;

  /**
   * The name of this method's Micrometer timer, when a {@code MeterRegistry} is given (dotted
   * lower case, as Micrometer names are). Empty (the default) uses the global name, {@code
   * spanweave.method} unless {@code spanweave.metrics.timer-name} says otherwise. The timer is
   * tagged {@code class}, {@code method}, {@code exception} and {@code outcome}.
   *
   * @return the timer name, or empty for the global one
   */
  String timerName() default "";

  /**
   * Whether this method's timer publishes a percentile histogram (for percentiles and SLOs in the
   * metrics backend), even when {@code spanweave.metrics.histogram} does not switch them on for
   * every method. Off by default: a histogram is some 70 time series per timer.
   *
   * @return whether this method's timer publishes a percentile histogram
   */
  boolean timerHistogram() default false;

  /**
   * Whether this method's span log line (when span log lines are on) also shows its {@link
   * SpanAttribute} arguments, as {@code args="key=value ..."}. Off by default: argument values
   * never reach a log line unless a method opts in, and then they are rendered exactly as their
   * attributes are recorded, with the same limits.
   *
   * @return whether this method's span log line shows its arguments
   */
  boolean logArguments() default false;
}
