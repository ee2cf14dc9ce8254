package dev.spanweave.spring;

import dev.spanweave.internal.Problems;
import java.lang.reflect.Method;

/**
 * Says so, once per class, when the AspectJ load-time weaver runs but passed over a bean's class
 * that has methods to trace: an {@code <exclude>} of some {@code aop.xml} (which wins over any
 * {@code <include>}) or an {@code <include>} that does not name the class's package. The proxy
 * still traces the public methods that other beans call, so the set-up looks as if it worked,
 * while private helpers and self-calls go untraced. When the weaver runs without spanweave's aspect
 * on the class path (no {@code tracing-aspectj} dependency), that is said instead, once.
 */
final class PassedOverByWeaver {

  private static final String ASPECT = "dev.spanweave.aspectj.TracedSpanAspect";

  /** Whether the JVM was started with {@code -javaagent:aspectjweaver.jar}; read once. */
  private static final boolean WEAVER_RUNNING = weaverRunning();

  /** Whether a class's loader sees spanweave's aspect; looked up once per class. */
  private static final ClassValue<Boolean> ASPECT_VISIBLE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      try {
        Class.forName(ASPECT, false, type.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError absent) {
        return false;
      }
    }
  };

  private PassedOverByWeaver() {}

  /** Called once per traced, unwoven method, when its bean is proxied. */
  static void check(Method method) {
    check(method, WEAVER_RUNNING);
  }

  static void check(Method method, boolean weaverRunning) {
    if (!weaverRunning) {
      return;
    }
    String type = method.getDeclaringClass().getName();
    if (!ASPECT_VISIBLE.get(method.getDeclaringClass())) {
      Problems.notice("passed-over:no-aspect", "the AspectJ load-time weaver runs, but spanweave's"
          + " aspect is not on the class path of " + type + ", so the weaver has nothing of"
          + " spanweave's to weave in: add the dependency dev.spanweave:tracing-aspectj (it"
          + " carries the aspect and its META-INF/aop.xml). Until then, only the public methods"
          + " that other beans call are traced, through the Spring proxy.");
      return;
    }
    Problems.notice("passed-over:" + type, type + " has methods to trace, but the AspectJ"
        + " load-time weaver did not weave it (an <exclude> in an aop.xml matches its package,"
        + " or an <include> leaves it out). Only its public methods called from other beans are"
        + " traced, through the Spring proxy. To weave it, see \"Which classes the weaver"
        + " reaches\" in spanweave's docs/load-time-weaving.md.");
  }

  /**
   * The weaver's agent class answers only when it was started as an agent: the class alone may be
   * on the class path (spring-aspects brings aspectjweaver) without any weaving.
   */
  private static boolean weaverRunning() {
    try {
      Class<?> agent = Class.forName("org.aspectj.weaver.loadtime.Agent", false,
          ClassLoader.getSystemClassLoader());
      return agent.getMethod("getInstrumentation").invoke(null) != null;
    } catch (Throwable notAnAgent) {
      return false;
    }
  }
}
