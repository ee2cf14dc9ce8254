package dev.spanweave.examples.social;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs a few requests against the social app and prints the finished spans as a tree: no backend
 * needed. Run it with {@code ./mvnw -q -Pdemo package -pl examples -am}.
 */
public final class SocialAppDemo {

  private SocialAppDemo() {}

  public static void main(String[] args) {
    // tag::aspect-first[]
    dev.spanweave.aspectj.TracedSpanAspect.aspectOf(); // LTW: lets the weaver inline the advice
    // end::aspect-first[]
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
        .setResource(Resource.getDefault().merge(
            Resource.create(Attributes.of(
                io.opentelemetry.api.common.AttributeKey.stringKey("service.name"),
                "social-app-demo"))))
        .addSpanProcessor(SimpleSpanProcessor.create(spans))
        .build();
    Spanweave.useOpenTelemetry(
        OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build());

    SocialApp app = new SocialApp(new ActivityStore());
    HomePage ada = app.homePage("u-1");
    System.out.printf("home page of %s: %d activities, %d notifications%n",
        ada.userName(), ada.feed().size(), ada.notifications().size());
    HomePage grace = app.homePage("u-2");
    System.out.printf("home page of %s: %d activities, %d notifications (store timed out)%n",
        grace.userName(), grace.feed().size(), grace.notifications().size());
    try {
      app.homePage("u-404");
    } catch (UnknownUserException expected) {
      System.out.println("u-404: " + expected.getMessage());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      FeedPrefetcher prefetcher =
          new FeedPrefetcher(new HomeActivitiesService(new ActivityStore()), pool);
      List<Activity> warmed = prefetcher.prefetch("u-1").join();
      System.out.printf("prefetched %d activities on another thread%n", warmed.size());
    } finally {
      pool.shutdown();
    }
    // the pool's thread ends the async span right after completing the future: wait for it
    awaitQuietly(pool);

    tracerProvider.forceFlush();
    System.out.println();
    System.out.print(SpanTree.render(spans.getFinishedSpanItems()));
    tracerProvider.close();
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
