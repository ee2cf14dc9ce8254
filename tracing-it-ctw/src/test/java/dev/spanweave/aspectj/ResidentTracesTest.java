package dev.spanweave.aspectj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.internal.MethodTrace;
import java.io.IOException;
import java.io.InputStream;
import org.aspectj.lang.JoinPoint;
import org.aspectj.runtime.reflect.Factory;
import org.junit.jupiter.api.Test;

/**
 * Which join points the identity table keeps: those of classes that stay loaded as long as
 * spanweave, never those of a child class loader, which must stay free to be unloaded.
 */
class ResidentTracesTest {

  /** Described, never woven here; loaded a second time by {@link OneClassLoader}. */
  public static class Described {
    @TracedSpan("resident")
    public void work() {}
  }

  /** Defines {@link Described} itself and leaves every other class to the application's loader. */
  private static final class OneClassLoader extends ClassLoader {
    OneClassLoader() {
      super(ResidentTracesTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(Described.class.getName())) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded != null) {
          return loaded;
        }
        String file = name.replace('.', '/') + ".class";
        try (InputStream in = getParent().getResourceAsStream(file)) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    }
  }

  private static JoinPoint.StaticPart executionOf(Class<?> type) {
    Factory factory = new Factory("ResidentTracesTest.java", type);
    return factory.makeSJP(JoinPoint.METHOD_EXECUTION,
        factory.makeMethodSig("1", "work", type.getName(), "", "", "", "void"), 1);
  }

  @Test
  void aClassNextToSpanweaveIsKeptAndFoundByIdentity() {
    JoinPoint.StaticPart joinPoint = executionOf(Described.class);

    MethodTrace trace = JoinPointTraces.of(joinPoint);

    assertThat(trace.spanName()).isEqualTo("resident");
    assertThat(ResidentTraces.get(joinPoint)).isSameAs(trace);
    assertThat(JoinPointTraces.of(joinPoint)).isSameAs(trace);
    assertThat(ResidentTraces.staysLoaded(String.class)).isTrue();
  }

  @Test
  void aClassOfAChildLoaderIsDescribedButNotKept() throws Exception {
    Class<?> reloaded = new OneClassLoader().loadClass(Described.class.getName());
    assertThat(reloaded).isNotSameAs(Described.class);
    JoinPoint.StaticPart joinPoint = executionOf(reloaded);

    MethodTrace trace = JoinPointTraces.of(joinPoint);

    assertThat(trace.spanName()).isEqualTo("resident");
    assertThat(JoinPointTraces.of(joinPoint)).isSameAs(trace);
    assertThat(ResidentTraces.staysLoaded(reloaded)).isFalse();
    assertThat(ResidentTraces.get(joinPoint)).isNull();
  }

  @Test
  void manyJoinPointsAllFindTheirOwnTrace() {
    JoinPoint.StaticPart[] joinPoints = new JoinPoint.StaticPart[500];
    MethodTrace[] traces = new MethodTrace[joinPoints.length];
    for (int i = 0; i < joinPoints.length; i++) {
      joinPoints[i] = executionOf(Described.class);
      traces[i] = JoinPointTraces.of(joinPoints[i]);
    }
    for (int i = 0; i < joinPoints.length; i++) {
      assertThat(ResidentTraces.get(joinPoints[i])).isSameAs(traces[i]);
    }
  }
}
