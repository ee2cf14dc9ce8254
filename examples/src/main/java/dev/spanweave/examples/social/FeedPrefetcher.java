package dev.spanweave.examples.social;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.context.Context;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/** Warms a user's home feed in the background: the span lasts until the work is done. */
public class FeedPrefetcher {

  private final HomeActivitiesService home;
  private final Executor executor;

  // tag::constructor[]
  public FeedPrefetcher(HomeActivitiesService home, ExecutorService pool) {
    this.home = home;
    // every task runs in the context current when it was submitted: spans it creates are
    // children of the traced method's span
    this.executor = Context.taskWrapping(pool);
  }
  // end::constructor[]

  // tag::prefetch[]
  @TracedSpan(value = "prefetch-home-feed", resultSizeAttribute = "app.result_length")
  public CompletableFuture<List<Activity>> prefetch(@SpanAttribute("app.user_id") String userId) {
    return CompletableFuture.supplyAsync(() -> home.run(userId), executor);
  }
  // end::prefetch[]
}
