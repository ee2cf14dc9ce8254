package dev.spanweave.internal.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Java application has no Kotlin: describing and calling its traced methods must never reach a
 * Kotlin class (it would fail with NoClassDefFoundError). Run in a class loader that sees this
 * module's class path without Kotlin's jars.
 */
class WithoutKotlinTest {

  /** A Java method as an application would trace it. */
  public static class JavaService {
    @TracedSpan
    public String greet(@SpanAttribute String name) {
      return "hello " + name;
    }
  }

  @Test
  void aJavaMethodIsDescribedAndTracedWithoutKotlinOnTheClassPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("org" + File.separator + "jetbrains")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader withoutKotlin =
        new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      // OpenTelemetry's context storage is found through the context class loader: it must be
      // this loader's, or the provider found would implement another loader's interface
      Thread.currentThread().setContextClassLoader(withoutKotlin);
      assertThat(present(withoutKotlin, "kotlin.Unit")).isFalse();

      Class<?> service = withoutKotlin.loadClass(JavaService.class.getName());
      Class<?> traces = withoutKotlin.loadClass("dev.spanweave.internal.MethodTraces");
      Object trace = traces.getMethod("describe", Method.class, String[].class)
          .invoke(null, service.getMethod("greet", String.class), null);
      Class<?> tracerType = withoutKotlin.loadClass("io.opentelemetry.api.trace.Tracer");
      Object openTelemetry =
          withoutKotlin.loadClass("io.opentelemetry.api.OpenTelemetry").getMethod("noop")
              .invoke(null);
      Object tracer = openTelemetry.getClass().getMethod("getTracer", String.class)
          .invoke(openTelemetry, "test");
      Object span = trace.getClass().getMethod("start", tracerType, Object.class, Object.class,
          Object.class).invoke(trace, tracer, "ada", null, null);
      Object result = trace.getClass()
          .getMethod("returned", withoutKotlin.loadClass("io.opentelemetry.api.trace.Span"),
              Object.class)
          .invoke(trace, span, "hello ada");

      assertThat(trace.getClass().getMethod("suspends").invoke(trace)).isEqualTo(false);
      assertThat(result).isEqualTo("hello ada");
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  private static boolean present(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }
}
