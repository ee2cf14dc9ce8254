package dev.spanweave.aspectj;

import dev.spanweave.internal.MethodTrace;
import dev.spanweave.internal.MethodTraces;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * The {@link MethodTrace} of each woven method, keyed by the join point's static part: a constant
 * of the woven class, so the per-call lookup is one identity-hashed map read.
 */
public final class JoinPointTraces {

  private static final ConcurrentHashMap<JoinPoint.StaticPart, MethodTrace> TRACES =
      new ConcurrentHashMap<>();

  private JoinPointTraces() {}

  /** The trace of the method executing at {@code joinPoint}; described on first use. */
  public static MethodTrace of(JoinPoint.StaticPart joinPoint) {
    MethodTrace trace = TRACES.get(joinPoint);
    return trace != null ? trace : TRACES.computeIfAbsent(joinPoint, JoinPointTraces::describe);
  }

  private static MethodTrace describe(JoinPoint.StaticPart joinPoint) {
    try {
      MethodSignature signature = (MethodSignature) joinPoint.getSignature();
      Method method = signature.getMethod();
      return MethodTraces.describe(method, signature.getParameterNames());
    } catch (Throwable problem) {
      return MethodTraces.undescribable(String.valueOf(joinPoint), problem);
    }
  }
}
