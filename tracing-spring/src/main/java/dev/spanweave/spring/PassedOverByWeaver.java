package dev.spanweave.spring;

import dev.spanweave.internal.Problems;
import java.lang.reflect.Method;

/**
 * Says so, once per class, when the AspectJ load-time weaver runs but passed over a bean's class
 * that has methods to trace: an {@code <exclude>} of some {@code aop.xml} (which wins over any
 * {@code <include>}) or an {@code <include>} that does not name the class's package. The proxy
 * still traces the public methods that other beans call, so the set-up looks as if it worked,
 * while private helpers and self-calls go untraced.
 */
final class PassedOverByWeaver {

  /** Whether the JVM was started with {@code -javaagent:aspectjweaver.jar}; read once. */
  private static final boolean WEAVER_RUNNING = weaverRunning();

  private PassedOverByWeaver() {}

  /** Called once per traced, unwoven method, when its bean is proxied. */
  static void check(Method method) {
    if (WEAVER_RUNNING) {
      String type = method.getDeclaringClass().getName();
      Problems.notice("passed-over:" + type, type + " has methods to trace, but the AspectJ"
          + " load-time weaver did not weave it (an <exclude> in an aop.xml matches its package,"
          + " or an <include> leaves it out). Only its public methods called from other beans are"
          + " traced, through the Spring proxy. To weave it, see \"Which classes the weaver"
          + " reaches\" in spanweave's docs/load-time-weaving.md.");
    }
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
