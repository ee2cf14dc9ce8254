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
 * arguments. A timer is registered at the first call with its outcome, so a method that only
 * fails has no {@code SUCCESS} series and a method never called has none at all.
 *
 * <p>Micrometer keeps the first registration of a meter id: when a setting changes how the same
 * timers register (a histogram switched on after calls were timed), {@link #replacedBy} removes
 * the old ones from the registry so that the next call registers them as now configured.
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
  /** Registered at the first success; a racing second registration gets the same timer. */
  private Timer success;
  /** Set when a change of setting removed this method's timers: calls no longer register any. */
  private volatile boolean retired;
  private final ConcurrentMap<Class<?>, Timer> failures = new ConcurrentHashMap<>();

  private MethodTimer(MeterRegistry registry, MethodFeatures method, String name,
      boolean histogram, boolean exemplars) {
    this.registry = registry;
    this.name = name;
    this.functionName = method.functionName();
    this.methodTags = Tags.of(CLASS_TAG, method.className(), METHOD_TAG, method.methodName());
    this.histogram = histogram;
    this.exemplars = exemplars;
  }

  /** The timer recorder of {@code method}; its timers register at the first call. */
  static OutcomeRecorder create(Object registry, MethodFeatures method, Observers.Settings settings) {
    String name = method.timerName().isEmpty() ? settings.timerName() : method.timerName();
    return new MethodTimer((MeterRegistry) registry, method, name,
        method.histogram() || settings.histogram(), settings.exemplars());
  }

  /** The registered timer, or null (reported once) if the registry refuses it. */
  private Timer timer(String exception, String outcome) {
    try {
      return register(exception, outcome);
    } catch (Throwable problem) {
      retired = true;
      Problems.report("timer-register:" + functionName,
          "could not register the timer '" + name + "' of " + functionName
              + "; its calls are not timed", problem);
      return null;
    }
  }

  private Timer register(String exception, String outcome) {
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
      Timer timer = error == null ? success() : failure(Throwables.unwrap(error).getClass());
      if (timer == null) {
        return;
      }
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

  private Timer success() {
    Timer timer = success;
    if (timer == null && !retired) {
      timer = timer("none", "SUCCESS");
      success = timer;
    }
    return timer;
  }

  private Timer failure(Class<?> type) {
    Timer timer = failures.get(type);
    if (timer == null && !retired) {
      String tag = failures.size() < MAX_EXCEPTION_TYPES ? exceptionTag(type) : "other";
      timer = failures.computeIfAbsent(type, t -> timer(tag, "ERROR"));
    }
    return timer;
  }

  /**
   * This method's timers are now {@code next}'s: if {@code next} would register the same meter ids
   * in the same registry with another histogram setting, removes this one's from the registry
   * (their counts restart, as after a restart of the application). Otherwise the registry hands
   * {@code next} the very timers this one used.
   */
  @Override
  public void replacedBy(OutcomeRecorder replacement) {
    if (!(replacement instanceof MethodTimer next) || next.registry != registry || !next.name.equals(name)
        || next.histogram == histogram) {
      return;
    }
    retired = true;
    Timer registered = success;
    if (registered != null) {
      registry.remove(registered);
    }
    for (Timer failure : failures.values()) {
      registry.remove(failure);
    }
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
