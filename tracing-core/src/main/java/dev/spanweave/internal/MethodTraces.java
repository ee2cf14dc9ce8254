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
import java.lang.reflect.ParameterizedType;
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
    return describe(method, method.getDeclaringClass(), parameterNames);
  }

  /**
   * Describes {@code method} as a member of {@code type}, a subtype of its declaring type: the
   * span is named after {@code type} and {@code type}'s own {@code @TracedSpan} applies. For the
   * interface of a generated implementation (a Spring Data repository), whose inherited methods
   * ({@code CrudRepository.findById}) are the interface's calls.
   *
   * @param parameterNames as for {@link #describe(Method, String[])}
   */
  public static MethodTrace describe(Method method, Class<?> type, String[] parameterNames) {
    String functionName = type.getName() + "." + method.getName();
    try {
      return describe(method, type, parameterNames, functionName);
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

  private static MethodTrace describe(
      Method method, Class<?> type, String[] parameterNames, String functionName) {
    TracedSpan traced = method.getAnnotation(TracedSpan.class);
    WithSpan withSpan = traced == null ? method.getAnnotation(WithSpan.class) : null;
    if (traced == null && withSpan == null && tracedWithItsType(method)) {
      traced = type.getAnnotation(TracedSpan.class);
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
      SpanAttribute[] own = parameters[i].getAnnotationsByType(SpanAttribute.class);
      if (own.length > 0) {
        for (SpanAttribute attribute : own) {
          String key = attribute.value().isEmpty()
              ? parameterName(method, parameters, parameterNames, i, functionName)
              : attribute.value();
          for (AttributeWriter writer : pathWriters(key, knownName(parameters, parameterNames, i),
              parameters[i].getType(), attribute.path(), attribute.redaction(), functionName)) {
            indexes.add(i);
            writers.add(writer);
          }
        }
        continue;
      }
      String key = attributeKey(parameters[i]);
      if (key == null) {
        continue;
      }
      if (key.isEmpty()) {
        key = parameterName(method, parameters, parameterNames, i, functionName);
      }
      indexes.add(i);
      writers.add(AttributeWriter.forValue(key, knownName(parameters, parameterNames, i),
          parameters[i].getType(), AttributeWriter.Redaction.BY_PATTERN));
    }

    ReturnHandler returnHandler = KotlinMethods.isSuspend(method)
        ? SuspendReturnHandler.INSTANCE
        : ReturnHandlers.forType(method.getReturnType());
    AttributeWriter resultWriter = null;
    AttributeKey<Long> resultSizeKey = null;
    Class<?>[] expected = new Class<?>[0];
    if (traced != null) {
      if (!traced.resultAttribute().isEmpty()) {
        resultWriter = resultWriter(method, traced, returnHandler, functionName);
      }
      if (!traced.resultSizeAttribute().isEmpty()) {
        resultSizeKey = AttributeKey.longKey(traced.resultSizeAttribute());
      }
      expected = traced.expectedExceptions().clone();
    }

    String spanName = name.isEmpty() ? defaultSpanName(type, method) : name;
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
          type.getName(),
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

  /** Whether a method without an annotation of its own is traced by its type's annotation. */
  private static boolean tracedWithItsType(Method method) {
    if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
        || method.isAnnotationPresent(NotTraced.class)
        || KotlinMethods.isPropertyAccessor(method)) {
      return false;
    }
    for (Annotation annotation : method.getAnnotations()) {
      if (FrameworkCallbacks.ANNOTATIONS.contains(annotation.annotationType().getName())) {
        return false;
      }
    }
    return true;
  }

  /** The span name OpenTelemetry's {@code @WithSpan} would give: {@code SimpleClassName.method}. */
  static String defaultSpanName(Class<?> type, Method method) {
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

  /**
   * The writers of a parameter's {@code @SpanAttribute}: with a path or an annotated type, one per
   * attribute; a path that does not resolve (the build-time check was skipped) records nothing.
   */
  private static List<AttributeWriter> pathWriters(String key, String name, Class<?> type,
      String path, SpanAttribute.Redaction redaction, String functionName) {
    try {
      return PathWriters.forValue(key, name, type, path, redaction, functionName);
    } catch (IllegalArgumentException | IllegalAccessException | SecurityException problem) {
      Problems.report("describe-path:" + functionName + ":" + key, "attribute '" + key + "' of "
          + functionName + " is not recorded: " + problem.getMessage(), null);
      return List.of();
    } catch (LinkageError unreadable) {
      // a type whose members name a class missing from the class path cannot be searched for
      // annotated members: without a path, its value is recorded as it was before paths existed
      Problems.report("describe-path:" + functionName + ":" + key, "the members of "
          + type.getName() + " could not be read for attribute '" + key + "' of " + functionName
          + (path.isEmpty() ? "; the value itself is recorded" : "; it is not recorded"),
          unreadable);
      return path.isEmpty() ? List.of(AttributeWriter.forValue(key, name, type,
          AttributeWriter.Redaction.valueOf(redaction.name()))) : List.of();
    }
  }

  /** {@code Order} of {@code CompletableFuture<Order>}; null when unknown or unreadable. */
  private static Class<?> completedType(Method method) {
    try {
      return method.getGenericReturnType() instanceof ParameterizedType async
          && async.getActualTypeArguments().length == 1
          && async.getActualTypeArguments()[0] instanceof Class<?> completed ? completed : null;
    } catch (RuntimeException | LinkageError unreadable) {
      return null; // a type argument missing from the class path: the erased type, as before
    }
  }

  /** The result's writer: several attributes (a path, an annotated type) share one. */
  private static AttributeWriter resultWriter(Method method, TracedSpan traced,
      ReturnHandler returnHandler, String functionName) {
    Class<?> type = resultType(method, returnHandler);
    if (type == Object.class && returnHandler != ReturnHandler.SYNCHRONOUS) {
      Class<?> completed = completedType(method);
      if (completed != null
          && (!traced.resultPath().isEmpty() || completed.getClassLoader() != null)) {
        type = completed; // the completed value's type, for its path or its annotated members
      }
    }
    List<AttributeWriter> writers = pathWriters(traced.resultAttribute(), null, type,
        traced.resultPath(), SpanAttribute.Redaction.BY_PATTERN, functionName);
    return writers.isEmpty() ? null : writers.size() == 1 ? writers.get(0)
        : PathWriters.all(traced.resultAttribute(), writers);
  }
}
