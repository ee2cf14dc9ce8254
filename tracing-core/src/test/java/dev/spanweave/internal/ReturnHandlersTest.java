package dev.spanweave.internal;

import static dev.spanweave.internal.AsyncTracing.call;
import static dev.spanweave.internal.AsyncTracing.traceOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.internal.spi.Promise;
import dev.spanweave.internal.spi.PromiseSupport;
import dev.spanweave.spi.AsyncCompletion;
import dev.spanweave.spi.AsyncResultSupport;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ReturnHandlersTest {

  static class MyFuture<T> extends CompletableFuture<T> {}

  /** Only described, never called: the tests pass the bodies. */
  static class Fixtures {
    @TracedSpan(value = "promise", resultAttribute = "result")
    Promise<String> promise() {
      return null;
    }
  }

  private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");

  @Test
  void asynchronousTypesArePickedByAssignabilityOfTheDeclaredType() {
    assertThat(supportOf(CompletionStage.class)).isInstanceOf(CompletionStageSupport.class);
    assertThat(supportOf(CompletableFuture.class)).isInstanceOf(CompletionStageSupport.class);
    assertThat(supportOf(MyFuture.class)).isInstanceOf(CompletionStageSupport.class);
    assertThat(supportOf(Mono.class)).isInstanceOf(ReactorSupport.class);
    assertThat(supportOf(Flux.class)).isInstanceOf(ReactorSupport.class);
    assertThat(supportOf(Promise.class)).isInstanceOf(PromiseSupport.class);
  }

  @Test
  void supportsFromTheServiceLoaderAreAskedBeforeTheBuiltInOnes() {
    List<Class<?>> order = new ArrayList<>();
    ReturnHandlers.Supports.ALL.forEach(support -> order.add(support.getClass()));

    // kotlinx-coroutines is on this module's test class path (an optional dependency)
    assertThat(order).containsExactly(PromiseSupport.class, CompletionStageSupport.class,
        ReactorSupport.class, dev.spanweave.internal.kotlin.FlowSupport.class);
  }

  @Test
  void everythingElseIsSynchronous() {
    for (Class<?> type : List.of(void.class, int.class, String.class, Object.class, Future.class,
        ConnectableFlux.class)) {
      assertThat(ReturnHandlers.forType(type)).as(type.getName())
          .isSameAs(ReturnHandler.SYNCHRONOUS);
    }
  }

  @Test
  void asynchronousMethodsRecordTheCompletedValueWithoutStaticType() {
    MethodTrace trace = traceOf(Fixtures.class, "promise");
    AsyncTracing tracing = new AsyncTracing();
    Promise<String> returned = call(trace, Promise::new);
    returned.complete("v");
    assertThat(tracing.span("promise").getAttributes().get(RESULT)).isEqualTo("v");
  }

  @Test
  void userSupportFromServiceLoaderEndsTheSpanOnceWithTheFirstOutcome() {
    AsyncTracing tracing = new AsyncTracing();
    Promise<String> promise = new Promise<>();
    Promise<String> returned = call(traceOf(Fixtures.class, "promise"), () -> promise);
    assertThat(returned).isSameAs(promise);
    assertThat(tracing.spans()).isEmpty();

    promise.complete("first");
    promise.fail(new IllegalStateException("second"));
    promise.complete("third");

    assertThat(tracing.spans()).hasSize(1);
    SpanData span = tracing.span("promise");
    assertThat(span.getAttributes().get(RESULT)).isEqualTo("first");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getEvents()).isEmpty();
  }

  @Test
  void supportThatThrowsEndsTheSpanAtOnceAndTheCallerGetsTheResult() {
    AsyncTracing tracing = new AsyncTracing();
    MethodTrace trace = traceOf(Fixtures.class, "promise");
    ReturnHandler handler = new AsyncReturnHandler(new BrokenSupport(null), Promise.class);
    Promise<String> promise = new Promise<>();

    Span span = trace.start(TracerHolder.tracer());
    assertThat(handler.onReturn(trace, span, promise)).isSameAs(promise);

    assertThat(tracing.spans()).hasSize(1);
  }

  @Test
  void supportThatReturnsTheWrongTypeEndsTheSpanAtOnceAndTheCallerGetsTheResult() {
    AsyncTracing tracing = new AsyncTracing();
    MethodTrace trace = traceOf(Fixtures.class, "promise");
    ReturnHandler handler = new AsyncReturnHandler(new BrokenSupport("not a promise"),
        Promise.class);
    Promise<String> promise = new Promise<>();

    Span span = trace.start(TracerHolder.tracer());
    assertThat(handler.onReturn(trace, span, promise)).isSameAs(promise);

    assertThat(tracing.spans()).hasSize(1);
  }

  @Test
  void withoutReactorOnTheClassPathNothingLoadsReactorAndFuturesStillWork() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : testClassPath()) {
      if (!entry.contains("reactor-core") && !entry.contains("reactive-streams")
          && !entry.endsWith("test-classes")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    try (Isolated loader = new Isolated(urls.toArray(new URL[0]))) {
      assertThatThrownBy(() -> Class.forName("reactor.core.publisher.Mono", false, loader))
          .as("the test's class path really lacks Reactor")
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> handlers = Class.forName(ReturnHandlers.class.getName(), true, loader);
      assertThat(handlers.getClassLoader()).isSameAs(loader);
      Method forType = handlers.getDeclaredMethod("forType", Class.class);
      forType.setAccessible(true);

      assertThat(forType.invoke(null, CompletableFuture.class).getClass().getSimpleName())
          .isEqualTo("AsyncReturnHandler");
      assertThat(forType.invoke(null, String.class).getClass().getSimpleName())
          .isNotEqualTo("AsyncReturnHandler");
      assertThat(loader.isLoaded(ReactorSupport.class.getName())).isFalse();
      assertThat(loader.isLoaded(TracedMono.class.getName())).isFalse();
    }
  }

  private static List<String> testClassPath() {
    // Surefire runs tests through a manifest-only jar; the real class path is in this property.
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    assertThat(classPath).contains("opentelemetry-api");
    return List.of(classPath.split(File.pathSeparator));
  }

  private static AsyncResultSupport supportOf(Class<?> type) {
    ReturnHandler handler = ReturnHandlers.forType(type);
    assertThat(handler).as(type.getName()).isInstanceOf(AsyncReturnHandler.class);
    return ((AsyncReturnHandler) handler).support();
  }

  /** Throws from onReturn, or returns {@code replacement} if there is one. */
  private record BrokenSupport(Object replacement) implements AsyncResultSupport {
    @Override
    public boolean supports(Class<?> declaredReturnType) {
      return true;
    }

    @Override
    public Object onReturn(Object returned, AsyncCompletion completion) {
      if (replacement == null) {
        throw new IllegalStateException("broken on purpose");
      }
      return replacement;
    }
  }

  /** A class loader of its own (parent: the platform loader), which tells what it has loaded. */
  private static final class Isolated extends URLClassLoader {
    Isolated(URL[] urls) {
      super("no-reactor", urls, ClassLoader.getPlatformClassLoader());
    }

    boolean isLoaded(String name) {
      return findLoadedClass(name) != null;
    }
  }
}
