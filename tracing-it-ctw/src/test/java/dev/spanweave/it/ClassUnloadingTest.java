package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * spanweave's per-method cache does not pin woven classes: an application reloaded in a new class
 * loader (an application server redeploy, Spring Boot devtools' restart) leaves the old one
 * collectable while spanweave itself stays loaded in a parent loader.
 */
class ClassUnloadingTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  /** Defines {@link Unloadable} itself, and leaves every other class to its parent. */
  static final class ThrowawayLoader extends ClassLoader {

    ThrowawayLoader(ClassLoader parent) {
      super("throwaway", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(Unloadable.class.getName())) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          byte[] bytes = classFile(name);
          loaded = defineClass(name, bytes, 0, bytes.length);
        }
        return loaded;
      }
    }

    private byte[] classFile(String name) {
      try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void aWovenClassCanBeUnloadedAfterItsMethodWasTraced() throws Exception {
    WeakReference<ClassLoader> loader = traceInThrowawayLoader();

    for (int i = 0; i < 100 && loader.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }

    assertThat(loader.get()).as("the throwaway class loader, after garbage collection").isNull();
  }

  private WeakReference<ClassLoader> traceInThrowawayLoader() throws Exception {
    ThrowawayLoader loader = new ThrowawayLoader(getClass().getClassLoader());
    Class<?> type = loader.loadClass(Unloadable.class.getName());
    assertThat(type.getClassLoader()).isSameAs(loader);
    Object fixture = type.getConstructor().newInstance();

    assertThat(type.getMethod("greet", String.class).invoke(fixture, "ada")).isEqualTo("hello ada");

    assertThat(spans.span("Unloadable.greet")).hasAttribute(stringKey("user"), "ada");
    return new WeakReference<>(loader);
  }
}
