package dev.spanweave.it.async;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.time.TestClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/** Woven by ajc at test-compile time, as a user's build would weave it. */
class AsyncService {

  private final Executor executor;

  AsyncService(Executor executor) {
    this.executor = executor;
  }

  @TracedSpan(resultAttribute = "result")
  CompletableFuture<String> slowWork(TestClock clock, AtomicLong workDone) {
    return CompletableFuture.supplyAsync(() -> {
      clock.advance(Duration.ofSeconds(2));
      workDone.set(clock.now());
      return "done";
    }, executor);
  }

  @TracedSpan
  CompletableFuture<String> failLater(@SpanAttribute("reason") String reason) {
    return CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException(reason);
    }, executor);
  }

  @TracedSpan
  CompletionStage<String> pending(CompletableFuture<String> work) {
    Span.current().setAttribute("set.in.body", true);
    return work;
  }

  @TracedSpan(resultAttribute = "result")
  CompletableFuture<String> ready() {
    return CompletableFuture.completedFuture("ready");
  }

  @TracedSpan
  CompletableFuture<String> noFuture() {
    return null;
  }

  @TracedSpan
  CompletableFuture<String> outer() {
    return inner().thenApply(value -> value + "+outer");
  }

  @TracedSpan
  CompletableFuture<String> inner() {
    return CompletableFuture.supplyAsync(() -> "inner", executor);
  }

  // ---- handing work to executors -------------------------------------------------------------

  /** The OpenTelemetry way: an executor that carries the submitter's context into each task. */
  @TracedSpan
  CompletableFuture<String> viaTaskWrapping(ExecutorService pool) {
    Executor traced = Context.taskWrapping(pool);
    return CompletableFuture.supplyAsync(() -> step("wrapped executor"), traced);
  }

  /** The OpenTelemetry way for one task: wrap the Runnable itself. */
  @TracedSpan
  CompletableFuture<String> viaWrappedRunnable(ExecutorService pool) {
    CompletableFuture<String> done = new CompletableFuture<>();
    Runnable task = () -> done.complete(step("wrapped runnable"));
    pool.execute(Context.current().wrap(task));
    return done;
  }

  /** What goes wrong without either: the task runs with the pool thread's (empty) context. */
  @TracedSpan
  CompletableFuture<String> unwrapped(ExecutorService pool) {
    return CompletableFuture.supplyAsync(() -> step("plain executor"), pool);
  }

  @TracedSpan
  String step(@SpanAttribute("what") String what) {
    return what;
  }
}
