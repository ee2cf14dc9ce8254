package dev.spanweave.it.logs;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Virtual threads through reflection: the code is compiled for Java 17; on older JVMs the tests
 * that need them skip.
 */
public final class VirtualThreads {

  private VirtualThreads() {}

  /** A virtual-thread-per-task executor, or null before Java 21. */
  public static ExecutorService executor() throws Exception {
    Method factory;
    try {
      factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
    } catch (NoSuchMethodException beforeJava21) {
      return null;
    }
    return (ExecutorService) factory.invoke(null);
  }

  public static boolean isVirtual(Thread thread) {
    try {
      return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
    } catch (ReflectiveOperationException beforeJava21) {
      return false;
    }
  }
}
