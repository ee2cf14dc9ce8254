package dev.spanweave.internal;

import dev.spanweave.annotations.NotTraced;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.internal.kotlin.KotlinMethods;
import dev.spanweave.internal.kotlin.SuspendReturnHandler;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.AddingSpanAttributes;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link MethodTrace} of a method from its annotations, once per method: this is the
 * only place that uses reflection.
 *
 * <p>spanweave's own {@link TracedSpan} on the method wins over OpenTelemetry's {@link WithSpan},
 * which wins over {@link TracedSpan} on the declaring type (for public methods); OpenTelemetry's
 * {@link AddingSpanAttributes} adds the parameters to the caller's span. A method carrying several
 * of them still gets one span per call.
 */
public final class MethodTraces {

  private MethodTraces() {}

  /**
   * Describes {@code method}.
   *
   * @param parameterNames the parameter names as the weaver read them from the class file (may be
   *     null); used when {@code @SpanAttribute} gives no key
   */
  public static MethodTrace describe(Method method, String[] parameterNames) {
    String functionName = method.getDeclaringClass().getName() + "." + method.getName();
    try {
      return describe(method, parameterNames, functionName);
    } catch (Throwable problem) {
      Problems.report("describe:" + functionName,
          "could not read the tracing annotations of " + functionName
              + "; it runs untraced", problem);
      return MethodTrace.untraced(functionName);
    }
  }

  /** The trace of a method that could not even be looked up: it runs untraced. */
  public static MethodTrace undescribable(String what, Throwable problem) {
    Problems.report("describe:" + what, "could not describe " + what + "; it runs untraced",
        problem);
    return MethodTrace.untraced(what);
  }

  private static MethodTrace describe(Method method, String[] parameterNames, String functionName) {
    TracedSpan traced = method.getAnnotation(TracedSpan.class);
    WithSpan withSpan = traced == null ? method.getAnnotation(WithSpan.class) : null;
    if (traced == null && withSpan == null && tracedWithItsType(method)) {
      traced = method.getDeclaringClass().getAnnotation(TracedSpan.class);
    }
    MethodTrace.Mode mode;
    if (traced != null || withSpan != null) {
      mode = MethodTrace.Mode.SPAN;
    } else if (method.isAnnotationPresent(AddingSpanAttributes.class)) {
      mode = MethodTrace.Mode.ADD_TO_CURRENT;
    } else {
      return MethodTrace.untraced(functionName);
    }

    String name = traced != null ? traced.value() : withSpan != null ? withSpan.value() : "";
    SpanKind kind = traced != null ? traced.kind() : withSpan != null ? withSpan.kind()
        : SpanKind.INTERNAL;
    boolean inheritContext = traced != null ? traced.inheritContext()
        : withSpan == null || withSpan.inheritContext();

    List<Integer> indexes = new ArrayList<>();
    List<AttributeWriter> writers = new ArrayList<>();
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      String key = attributeKey(parameters[i]);
      if (key == null) {
        continue;
      }
      if (key.isEmpty()) {
        key = parameterName(method, parameters, parameterNames, i, functionName);
      }
      indexes.add(i);
      writers.add(AttributeWriter.forValue(key, knownName(parameters, parameterNames, i),
          parameters[i].getType(), redaction(parameters[i])));
    }

    ReturnHandler returnHandler = KotlinMethods.isSuspend(method)
        ? SuspendReturnHandler.INSTANCE
        : ReturnHandlers.forType(method.getReturnType());
    AttributeWriter resultWriter = null;
    AttributeKey<Long> resultSizeKey = null;
    Class<?>[] expected = new Class<?>[0];
    if (traced != null) {
      if (!traced.resultAttribute().isEmpty()) {
        resultWriter = AttributeWriter.forValue(traced.resultAttribute(), null,
            resultType(method, returnHandler), AttributeWriter.Redaction.BY_PATTERN);
      }
      if (!traced.resultSizeAttribute().isEmpty()) {
        resultSizeKey = AttributeKey.longKey(traced.resultSizeAttribute());
      }
      expected = traced.expectedExceptions().clone();
    }

    String spanName = name.isEmpty() ? defaultSpanName(method) : name;
    MethodTrace trace = new MethodTrace(
        mode,
        spanName,
        kind,
        inheritContext,
        functionName,
        indexes.stream().mapToInt(Integer::intValue).toArray(),
        writers.toArray(new AttributeWriter[0]),
        resultWriter,
        resultSizeKey,
        expected,
        returnHandler);
    if (mode == MethodTrace.Mode.SPAN) {
      Observers.attach(trace, new MethodFeatures(
          method.getDeclaringClass().getName(),
          method.getName(),
          functionName,
          spanName,
          returnHandler != ReturnHandler.SYNCHRONOUS,
          traced != null ? traced.slowThresholdMillis() : -1,
          traced != null ? traced.timerName() : "",
          traced != null && traced.timerHistogram(),
          traced != null && traced.logArguments() && !writers.isEmpty()
              ? new LoggedArguments(indexes.stream().mapToInt(Integer::intValue).toArray(),
                  writers.toArray(new AttributeWriter[0]))
              : null));
    }
    return trace;
  }

  /**
   * Framework callbacks that a type-level {@code @TracedSpan} leaves out: Spring MVC calls them
   * around the handler method (an {@code @InitBinder} once per bound argument), so tracing them
   * gave several root spans per request that say nothing about the application's own work. Named,
   * not referenced: tracing-core does not depend on Spring.
   */
  private static final List<String> FRAMEWORK_CALLBACKS =
      List.of(
          "org.springframework.web.bind.annotation.InitBinder",
          "org.springframework.web.bind.annotation.ModelAttribute",
          "org.springframework.web.bind.annotation.ExceptionHandler");

  /** Whether a method without an annotation of its own is traced by its type's annotation. */
  private static boolean tracedWithItsType(Method method) {
    if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
        || method.isAnnotationPresent(NotTraced.class)
        || KotlinMethods.isPropertyAccessor(method)) {
      return false;
    }
    for (Annotation annotation : method.getAnnotations()) {
      if (FRAMEWORK_CALLBACKS.contains(annotation.annotationType().getName())) {
        return false;
      }
    }
    return true;
  }

  /** The span name OpenTelemetry's {@code @WithSpan} would give: {@code SimpleClassName.method}. */
  static String defaultSpanName(Method method) {
    Class<?> type = method.getDeclaringClass();
    String simple = type.getSimpleName();
    if (simple.isEmpty()) {
      String binary = type.getName();
      simple = binary.substring(binary.lastIndexOf('.') + 1);
    }
    return simple + "." + KotlinMethods.sourceName(method.getName());
  }

  /** The declared key of a recorded parameter, "" for "use the name", null if not recorded. */
  private static String attributeKey(Parameter parameter) {
    for (Annotation annotation : parameter.getAnnotations()) {
      if (annotation instanceof SpanAttribute own) {
        return own.value();
      }
      if (annotation instanceof io.opentelemetry.instrumentation.annotations.SpanAttribute otel) {
        return otel.value();
      }
    }
    return null;
  }

  /** How a recorded parameter is redacted: only spanweave's own annotation can say otherwise. */
  private static AttributeWriter.Redaction redaction(Parameter parameter) {
    SpanAttribute own = parameter.getAnnotation(SpanAttribute.class);
    if (own == null) {
      return AttributeWriter.Redaction.BY_PATTERN;
    }
    return switch (own.redaction()) {
      case BY_PATTERN -> AttributeWriter.Redaction.BY_PATTERN;
      case NEVER -> AttributeWriter.Redaction.NEVER;
      case ALWAYS -> AttributeWriter.Redaction.ALWAYS;
    };
  }

  /** The parameter's real name if the class file has it (for redaction), else null. */
  private static String knownName(Parameter[] parameters, String[] woven, int index) {
    if (woven != null && woven.length == parameters.length && isRealName(woven[index])) {
      return woven[index];
    }
    return parameters[index].isNamePresent() ? parameters[index].getName() : null;
  }

  private static String parameterName(
      Method method, Parameter[] parameters, String[] woven, int index, String functionName) {
    if (woven != null && woven.length == parameters.length && isRealName(woven[index])) {
      return woven[index];
    }
    if (parameters[index].isNamePresent()) {
      return parameters[index].getName();
    }
    String fallback = "arg" + index;
    Problems.notice("name:" + functionName + ":" + index,
        "the name of parameter " + index + " of " + functionName + " is not in its class file;"
            + " it is recorded as '" + fallback + "'. Compile with debug information (javac -g,"
            + " Maven's default) or -parameters, or give @SpanAttribute a key.");
    return fallback;
  }

  private static boolean isRealName(String name) {
    return name != null && !name.isEmpty() && !name.matches("arg\\d+");
  }

  private static Class<?> resultType(Method method, ReturnHandler returnHandler) {
    // Asynchronous methods record the completed value, whose static type is erased.
    return returnHandler == ReturnHandler.SYNCHRONOUS ? method.getReturnType() : Object.class;
  }
}
