package dev.spanweave.spring.versions;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.spring.SpanweaveAutoConfiguration;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What tracing-spring's auto-configuration does in every Spring Boot line spanweave supports: each
 * Boot-version module (tracing-spring-boot3, tracing-spring-boot41) adds this directory to its test
 * sources and runs it, through a subclass that also checks which Boot the module really runs.
 */
public abstract class BootVersionContract {

  @RegisterExtension protected static final SpanweaveExtension spans = SpanweaveExtension.create();

  public static class Checkout {
    @TracedSpan("checkout.place")
    public String place(@SpanAttribute("app.order") String order, @SpanAttribute("app.items") int items) {
      return order + ":" + items;
    }
  }

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(AopAutoConfiguration.class, SpanweaveAutoConfiguration.class))
          .withBean(Checkout.class);

  @Test
  void aBeanIsProxiedAndTracedWithTypedAttributes() {
    runner.run(context -> {
      Checkout checkout = context.getBean(Checkout.class);
      assertThat(AopUtils.isCglibProxy(checkout)).isTrue();
      assertThat(checkout.place("o-1", 2)).isEqualTo("o-1:2");
    });

    spans.assertSpan("checkout.place")
        .hasAttribute(stringKey("app.order"), "o-1")
        .hasAttribute(longKey("app.items"), 2L);
  }

  @Test
  void spansGoToTheOpenTelemetryBean() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    runner.withBean(OpenTelemetry.class, () -> OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .build())
        .run(context -> {
          context.getBean(Checkout.class).place("o-2", 1);
          assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getName)
              .containsExactly("checkout.place");
        });
    assertThat(spans.spans()).isEmpty();
  }

  @Test
  void disabledMeansNotProxied() {
    runner.withPropertyValues("spanweave.enabled=false").run(context -> {
      Checkout checkout = context.getBean(Checkout.class);
      assertThat(AopUtils.isAopProxy(checkout)).isFalse();
      checkout.place("o-3", 1);
    });
    assertThat(spans.spans()).isEmpty();
  }
}
