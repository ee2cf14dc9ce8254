package dev.spanweave.internal;

import dev.spanweave.spi.AsyncResultSupport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Picks the {@link ReturnHandler} for a declared return type, once per method: the first {@link
 * AsyncResultSupport} that supports the type, asking those found by {@link ServiceLoader} first and
 * the built-in ones last; a type none supports is synchronous.
 */
final class ReturnHandlers {

  /** Reactor's support is set up only if this class is found: without it, nothing links to it. */
  static final String REACTOR_MONO = "reactor.core.publisher.Mono";

  /**
   * The entry to the classes that link to Reactor's. Named rather than referenced, so that no
   * constant of this class makes the JVM resolve it.
   */
  private static final String REACTOR_SUPPORT = "dev.spanweave.internal.ReactorSupport";

  /** kotlinx-coroutines' Flow: its support is set up only if this class is found. */
  static final String KOTLIN_FLOW = "kotlinx.coroutines.flow.Flow";

  private static final String FLOW_SUPPORT = "dev.spanweave.internal.kotlin.FlowSupport";

  private ReturnHandlers() {}

  static ReturnHandler forType(Class<?> returnType) {
    if (returnType.isPrimitive()) {
      return ReturnHandler.SYNCHRONOUS;
    }
    List<AsyncResultSupport> all = Supports.ALL;
    if (all == null) {
      // Asked again while the supports are being loaded (a provider's constructor calls a
      // traced method): that method cannot be asynchronous yet.
      return ReturnHandler.SYNCHRONOUS;
    }
    for (AsyncResultSupport support : all) {
      if (supports(support, returnType)) {
        return new AsyncReturnHandler(support, returnType);
      }
    }
    return ReturnHandler.SYNCHRONOUS;
  }

  private static boolean supports(AsyncResultSupport support, Class<?> returnType) {
    try {
      return support.supports(returnType);
    } catch (Throwable problem) {
      Problems.report("supports:" + support.getClass().getName(),
          support.getClass().getName() + ".supports(" + returnType.getName() + ") threw; the"
              + " type is not handled by it. Fix supports(): it must answer without throwing",
          problem);
      return false;
    }
  }

  /** The supports, discovered on first use (lazy holder: the service loader runs once). */
  static final class Supports {

    static final List<AsyncResultSupport> ALL = load(ReturnHandlers.class.getClassLoader());

    private Supports() {}

    static List<AsyncResultSupport> load(ClassLoader loader) {
      List<AsyncResultSupport> all = new ArrayList<>(discovered(loader));
      all.add(new CompletionStageSupport());
      if (isPresent(REACTOR_MONO, loader)) {
        AsyncResultSupport reactor = reactorSupport();
        if (reactor != null) {
          all.add(reactor);
        }
      }
      if (isPresent(KOTLIN_FLOW, loader)) {
        AsyncResultSupport flow = support(FLOW_SUPPORT, "kotlinx-coroutines", "Flow");
        if (flow != null) {
          all.add(flow);
        }
      }
      return List.copyOf(all);
    }

    private static List<AsyncResultSupport> discovered(ClassLoader loader) {
      List<AsyncResultSupport> found = new ArrayList<>();
      try {
        Iterator<AsyncResultSupport> providers =
            ServiceLoader.load(AsyncResultSupport.class, loader).iterator();
        while (true) {
          try {
            if (!providers.hasNext()) {
              break;
            }
            found.add(providers.next());
          } catch (ServiceConfigurationError problem) {
            // One broken provider must not hide the others.
            Problems.report("provider:" + problem.getMessage(),
                "could not load an AsyncResultSupport listed in META-INF/services/"
                    + AsyncResultSupport.class.getName() + "; its types are treated as"
                    + " synchronous. The class named there must be on the class path, public, with"
                    + " a public no-argument constructor",
                problem);
          }
        }
      } catch (Throwable problem) {
        Problems.report("providers", "could not look for AsyncResultSupport providers", problem);
      }
      return found;
    }

    private static boolean isPresent(String className, ClassLoader loader) {
      try {
        Class.forName(className, false, loader);
        return true;
      } catch (ClassNotFoundException | LinkageError absent) {
        return false;
      }
    }

    private static AsyncResultSupport support(String className, String library, String types) {
      try {
        return (AsyncResultSupport) Class.forName(className, true,
                ReturnHandlers.class.getClassLoader())
            .getDeclaredConstructor()
            .newInstance();
      } catch (Throwable problem) {
        Problems.report(library, library + " is on the class path but spanweave could not set up"
            + " its support; " + types + " is treated as synchronous", problem);
        return null;
      }
    }

    private static AsyncResultSupport reactorSupport() {
      try {
        ClassLoader own = ReturnHandlers.class.getClassLoader();
        return (AsyncResultSupport) Class.forName(REACTOR_SUPPORT, true, own)
            .getDeclaredConstructor()
            .newInstance();
      } catch (Throwable problem) {
        Problems.report("reactor", "Reactor is on the class path but spanweave could not set up"
            + " its support; Mono and Flux are treated as synchronous", problem);
        return null;
      }
    }
  }
}
