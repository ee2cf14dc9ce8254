package dev.spanweave.internal;

import dev.spanweave.spi.AsyncCompletion;
import io.opentelemetry.context.Scope;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import reactor.core.CoreSubscriber;
import reactor.util.context.Context;

/**
 * What a traced {@code Mono} or {@code Flux} adds to the Reactor context of its subscriptions.
 * Instrumentation that runs after a thread hop, or that reads Reactor's context rather than the
 * thread's (Spring's {@code WebClient}, Reactor Netty, anything observed by Micrometer) would
 * otherwise find the caller's span there, not the method's. The context is left as it is unless
 * an integration installs a writer: {@code tracing-spring} does where Micrometer Tracing runs.
 *
 * <p>One writer per JVM, like the tracer of woven classes: the application context started last
 * installs its own and puts the previous one back when it closes.
 */
public final class SubscriberContexts {

  /** Writes a traced call's OpenTelemetry context into a subscriber's Reactor context. */
  public interface Writer {

    /**
     * The Reactor context the traced publisher's upstream sees.
     *
     * @param subscriber the context of the subscriber of the traced publisher
     * @param traced the OpenTelemetry context of the traced call, its span current
     * @return {@code subscriber} with the traced call's span added in the writer's form
     */
    Context write(Context subscriber, io.opentelemetry.context.Context traced);

    /**
     * Makes what {@link #write} added current on this thread while the traced publisher's
     * upstream is subscribed to, for code that captures this thread's state there rather than
     * reading Reactor's context (a scheduler's task wrapper, say).
     *
     * @param written what {@link #write} returned
     * @return closes what it made current
     */
    default Scope makeCurrent(Context written) {
      return Scope.noop();
    }
  }

  private static final AtomicReference<Writer> WRITER = new AtomicReference<>();

  private SubscriberContexts() {}

  /**
   * Makes {@code writer} the JVM's writer.
   *
   * @param writer the writer traced publishers use from now on
   * @return the writer it replaces (null for none), for {@link #restore}
   */
  public static Writer install(Writer writer) {
    return WRITER.getAndSet(writer);
  }

  /**
   * Puts {@code previous} back, unless a writer other than {@code installed} was installed since.
   *
   * @param installed the writer that {@link #install} installed
   * @param previous what that call returned
   */
  public static void restore(Writer installed, Writer previous) {
    WRITER.compareAndSet(installed, previous);
  }

  /**
   * Subscribes {@code actual} to {@code source}, the publisher a traced method returned, through a
   * {@link SignalSubscriber}: with the method's span current on this thread and, when a writer is
   * installed, in the subscription's Reactor context.
   */
  static <T> void subscribe(Publisher<? extends T> source, CoreSubscriber<? super T> actual,
      AsyncCompletion completion, boolean mono) {
    io.opentelemetry.context.Context traced = completion.context();
    Writer writer = WRITER.get();
    Context written = writer == null ? null : write(writer, actual.currentContext(), traced);
    try (Scope ignored = traced.makeCurrent();
        Scope alsoCurrent = written == null ? Scope.noop() : makeCurrent(writer, written)) {
      source.subscribe(new SignalSubscriber<>(actual, completion, mono, written));
    }
  }

  /**
   * {@code subscriber} with a traced call's span added by the installed writer, for work the call
   * subscribes to other than through a traced publisher (a coroutine's Reactor context).
   *
   * @param subscriber a Reactor context the traced call's work will be subscribed with
   * @param traced the OpenTelemetry context of the traced call
   * @return the context to use instead, or null to keep {@code subscriber} (no writer, or it
   *     failed, which is reported once)
   */
  public static Context write(Context subscriber, io.opentelemetry.context.Context traced) {
    Writer writer = WRITER.get();
    return writer == null ? null : write(writer, subscriber, traced);
  }

  private static Context write(
      Writer writer, Context subscriber, io.opentelemetry.context.Context traced) {
    try {
      return writer.write(subscriber, traced);
    } catch (Throwable problem) {
      report(writer, problem);
      return null;
    }
  }

  /** Neither making current nor closing may fail the subscription: both are reported instead. */
  private static Scope makeCurrent(Writer writer, Context written) {
    Scope scope;
    try {
      scope = writer.makeCurrent(written);
    } catch (Throwable problem) {
      report(writer, problem);
      return Scope.noop();
    }
    if (scope == Scope.noop()) {
      return scope;
    }
    return () -> {
      try {
        scope.close();
      } catch (Throwable problem) {
        report(writer, problem);
      }
    };
  }

  private static void report(Writer writer, Throwable problem) {
    Problems.report("reactor-context:" + writer.getClass().getName(),
        "could not hand a span to Reactor's context; instrumentation that reads that context"
            + " sees the caller's span instead", problem);
  }
}
