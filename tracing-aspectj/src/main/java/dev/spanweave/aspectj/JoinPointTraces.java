package dev.spanweave.aspectj;

import dev.spanweave.internal.MethodTrace;
import dev.spanweave.internal.MethodTraces;
import java.lang.reflect.Method;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * The {@link MethodTrace} of each woven method. ajc numbers the join points of each woven type
 * from 0 ({@link JoinPoint.StaticPart#getId()}), so the traces of a type sit in an array indexed by
 * that number, and the types' arrays in a {@link ClassValue}, which keeps no woven class from being
 * unloaded. Join points of classes that stay loaded as long as spanweave are also found by
 * identity in {@link ResidentTraces}, a shorter path taken first.
 */
public final class JoinPointTraces {

  private static final ClassValue<TypeTraces> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected TypeTraces computeValue(Class<?> type) {
          return new TypeTraces(ResidentTraces.staysLoaded(type));
        }
      };

  private JoinPointTraces() {}

  /**
   * The trace of the method executing at {@code joinPoint}; described on first use.
   *
   * @param joinPoint the static part of a woven method's execution join point
   * @return the method's trace, the same object on every call
   */
  public static MethodTrace of(JoinPoint.StaticPart joinPoint) {
    MethodTrace resident = ResidentTraces.get(joinPoint);
    return resident != null ? resident : byType(joinPoint);
  }

  private static MethodTrace byType(JoinPoint.StaticPart joinPoint) {
    Class<?> type = joinPoint.getSignature().getDeclaringType();
    TypeTraces traces = BY_TYPE.get(type);
    MethodTrace trace = traces.of(joinPoint);
    if (traces.resident()) {
      ResidentTraces.add(joinPoint, trace);
    }
    return trace;
  }

  static MethodTrace describe(JoinPoint.StaticPart joinPoint) {
    try {
      MethodSignature signature = (MethodSignature) joinPoint.getSignature();
      Method method = signature.getMethod();
      return MethodTraces.describe(method, signature.getParameterNames());
    } catch (Throwable problem) {
      return MethodTraces.undescribable(String.valueOf(joinPoint), problem);
    }
  }
}
