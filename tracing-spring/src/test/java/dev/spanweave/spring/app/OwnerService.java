package dev.spanweave.spring.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Transactional;

/** A bean proxied for spanweave and for @Transactional / @Async at once (CGLIB: no interface). */
public class OwnerService {

  private final CountDownLatch asyncMayFinish = new CountDownLatch(1);

  /** Lets {@link #refresh} finish. */
  public void letRefreshFinish() {
    asyncMayFinish.countDown();
  }

  @TracedSpan("owners.find")
  @Transactional
  public Owner find(@SpanAttribute int ownerId) {
    if (ownerId < 0) {
      throw new IllegalArgumentException("no owner " + ownerId);
    }
    return new Owner(ownerId, "George");
  }

  @TracedSpan
  @WithSpan("ignored-name")
  public String both(@SpanAttribute("app.value") String value) {
    return value;
  }

  @WithSpan
  public String withSpanOnly(@io.opentelemetry.instrumentation.annotations.SpanAttribute("app.n") long n) {
    return Long.toString(n);
  }

  @TracedSpan("owners.refresh")
  @Async
  public CompletableFuture<String> refresh(@SpanAttribute("app.owner_id") int ownerId)
      throws InterruptedException {
    asyncMayFinish.await();
    Span.current().setAttribute("app.refreshed_on", Thread.currentThread().getName());
    return CompletableFuture.completedFuture("refreshed " + ownerId);
  }

  public String untraced() {
    return "plain";
  }
}
