package dev.spanweave.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * A method's Micrometer {@link Timer}s, tagged as Micrometer's own {@code TimedAspect} tags them
 * ({@code class}, {@code method}, {@code exception}) plus {@code outcome} ({@code SUCCESS} or
 * {@code ERROR}). Tag values come from the method and the exception's class only, never from
 * arguments; the success timer is registered once, when the method is described.
 *
 * <p>The only class of spanweave that links to Micrometer: it is loaded only when a {@code
 * MeterRegistry} is given.
 */
final class MethodTimer implements OutcomeRecorder {

  static final String CLASS_TAG = "class";
  static final String METHOD_TAG = "method";
  static final String EXCEPTION_TAG = "exception";
  static final String OUTCOME_TAG = "outcome";

  /** Distinct exception classes timed per method; others share the exception tag "other". */
  static final int MAX_EXCEPTION_TYPES = 32;

  private final MeterRegistry registry;
  private final String name;
  private final String functionName;
  private final Tags methodTags;
  private final boolean histogram;
  private final boolean exemplars;
  private final Timer success;
  private final ConcurrentMap<Class<?>, Timer> failures = new ConcurrentHashMap<>();

  private MethodTimer(MeterRegistry registry, MethodFeatures method, String name,
      boolean histogram, boolean exemplars) {
    this.registry = registry;
    this.name = name;
    this.functionName = method.functionName();
    this.methodTags = Tags.of(CLASS_TAG, method.className(), METHOD_TAG, method.methodName());
    this.histogram = histogram;
    this.exemplars = exemplars;
    this.success = timer("none", "SUCCESS");
  }

  /** The timer recorder of {@code method}, or null (reported) if the registry refuses it. */
  static OutcomeRecorder create(Object registry, MethodFeatures method, Observers.Settings settings) {
    String name = method.timerName().isEmpty() ? settings.timerName() : method.timerName();
    try {
      return new MethodTimer((MeterRegistry) registry, method, name,
          method.histogram() || settings.histogram(), settings.exemplars());
    } catch (Throwable problem) {
      Problems.report("timer-register:" + method.functionName(),
          "could not register the timer '" + name + "' of " + method.functionName()
              + "; its calls are not timed", problem);
      return null;
    }
  }

  private Timer timer(String exception, String outcome) {
    Timer.Builder builder = Timer.builder(name)
        .description("Calls of a method traced by spanweave")
        .tags(methodTags)
        .tag(EXCEPTION_TAG, exception)
        .tag(OUTCOME_TAG, outcome);
    if (histogram) {
      builder.publishPercentileHistogram();
    }
    return builder.register(registry);
  }

  @Override
  public void record(Span span, long nanos, Throwable error, String arguments) {
    try {
      Timer timer = error == null ? success : failure(Throwables.unwrap(error).getClass());
      if (exemplars && span.getSpanContext().isSampled()) {
        // an exemplar sampler asks for the current span: make it this call's while recording
        try (Scope scope = span.makeCurrent()) {
          timer.record(nanos, TimeUnit.NANOSECONDS);
        }
      } else {
        timer.record(nanos, TimeUnit.NANOSECONDS);
      }
    } catch (Throwable problem) {
      Problems.report("timer:" + functionName,
          "could not record the timer '" + name + "' of " + functionName, problem);
    }
  }

  private Timer failure(Class<?> type) {
    Timer timer = failures.get(type);
    if (timer == null) {
      String tag = failures.size() < MAX_EXCEPTION_TYPES ? exceptionTag(type) : "other";
      timer = failures.computeIfAbsent(type, t -> timer(tag, "ERROR"));
    }
    return timer;
  }

  /** As TimedAspect: the simple class name, or the full one for anonymous classes. */
  static String exceptionTag(Class<?> type) {
    String simple = type.getSimpleName();
    return simple.isEmpty() ? type.getName() : simple;
  }

  @Override
  public String toString() {
    return "MethodTimer[" + name + " " + methodTags + "]";
  }
}
