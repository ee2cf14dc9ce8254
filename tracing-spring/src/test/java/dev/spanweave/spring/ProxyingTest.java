package dev.spanweave.spring;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.internal.TracerHolder;
import dev.spanweave.spring.app.Greeter;
import dev.spanweave.spring.app.OwnerService;
import dev.spanweave.spring.app.RecordingTransactionManager;
import dev.spanweave.spring.app.TracedGreeter;
import dev.spanweave.spring.app.WovenLookalike;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** Light application contexts (no web server) for the proxy kinds and the settings. */
class ProxyingTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(AopAutoConfiguration.class, SpanweaveAutoConfiguration.class))
          .withBean(Greeter.class, TracedGreeter::new)
          .withBean(WovenLookalike.class);

  private static OpenTelemetrySdk sdk(InMemorySpanExporter exporter) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter))
                .build())
        .build();
  }

  @Test
  void aCglibProxyTracesLikeTheAspect() {
    runner.run(context -> {
      Greeter greeter = context.getBean(Greeter.class);
      assertThat(AopUtils.isCglibProxy(greeter)).isTrue();

      assertThat(greeter.greet("ada")).isEqualTo("hello ada");
    });

    spans.assertSpan("greet").hasAttribute(stringKey("app.name"), "ada").hasNoParent();
  }

  @Test
  void aJdkProxyFindsTheAnnotationsOnTheImplementation() {
    runner.withPropertyValues("spring.aop.proxy-target-class=false").run(context -> {
      Greeter greeter = context.getBean(Greeter.class);
      assertThat(AopUtils.isJdkDynamicProxy(greeter)).isTrue();

      greeter.greet("grace");
    });

    assertThat(spans.spans()).singleElement().satisfies(
        span -> assertThat(span).hasName("greet").hasAttribute(stringKey("app.name"), "grace"));
  }

  @Test
  void aMethodTheAspectWoveIsLeftToTheWovenCode() {
    runner.run(context -> {
      WovenLookalike bean = context.getBean(WovenLookalike.class);
      bean.call();
      bean.other();
    });

    assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("not-woven");
  }

  @Test
  void disabledMeansNoProxyAndNoSpansFromWovenCode() {
    runner.withPropertyValues("spanweave.enabled=false").run(context -> {
      Greeter greeter = context.getBean(Greeter.class);
      assertThat(AopUtils.isAopProxy(greeter)).isFalse();
      greeter.greet("ada");
      assertThat(TracerHolder.tracer()).as("woven code is off too").isNull();
    });

    assertThat(spans.spans()).isEmpty();
    assertThat(TracerHolder.tracer()).as("put back when the context closed").isNotNull();
  }

  @Test
  void spansGoToTheApplicationsOpenTelemetryBeanUntilTheContextCloses() {
    // (the exporter is checked while the context is open: closing it shuts the SDK down)
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    runner.withBean(OpenTelemetry.class, () -> sdk(exporter)).run(context -> {
      context.getBean(Greeter.class).greet("ada");
      assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getName)
          .containsExactly("greet");
    });
    assertThat(spans.spans()).isEmpty();

    runner.run(context -> context.getBean(Greeter.class).greet("back"));
    assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("greet");
  }

  @Test
  void twoOpenContextsKeepTheirOwnOpenTelemetry() {
    InMemorySpanExporter first = InMemorySpanExporter.create();
    InMemorySpanExporter second = InMemorySpanExporter.create();
    runner.withBean(OpenTelemetry.class, () -> sdk(first)).run(one ->
        runner.withBean(OpenTelemetry.class, () -> sdk(second)).run(two -> {
          one.getBean(Greeter.class).greet("one");
          two.getBean(Greeter.class).greet("two");

          assertThat(first.getFinishedSpanItems()).singleElement()
              .satisfies(span -> assertThat(span).hasAttribute(stringKey("app.name"), "one"));
          assertThat(second.getFinishedSpanItems()).singleElement()
              .satisfies(span -> assertThat(span).hasAttribute(stringKey("app.name"), "two"));
        }));
  }

  @Test
  void aBrokenOpenTelemetryBeanDoesNotStopTheContext() {
    OpenTelemetry broken = new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        throw new IllegalStateException("broken SDK");
      }

      @Override
      public io.opentelemetry.context.propagation.ContextPropagators getPropagators() {
        return io.opentelemetry.context.propagation.ContextPropagators.noop();
      }
    };
    runner.withBean(OpenTelemetry.class, () -> broken).run(context -> {
      assertThat(context).hasNotFailed();
      context.getBean(Greeter.class).greet("ada");
    });

    spans.assertSpan("greet"); // fell back to the global instance: the test kit's
  }

  @Test
  void twoOpenTelemetryBeansDoNotStopTheContext() {
    runner
        .withBean("one", OpenTelemetry.class, () -> sdk(InMemorySpanExporter.create()))
        .withBean("two", OpenTelemetry.class, () -> sdk(InMemorySpanExporter.create()))
        .run(context -> {
          assertThat(context).hasNotFailed();
          context.getBean(Greeter.class).greet("ada");
        });

    spans.assertSpan("greet");
  }

  @Configuration(proxyBeanMethods = false)
  @EnableTransactionManagement(order = 10)
  static class TransactionsFirst {
    @Bean
    RecordingTransactionManager transactionManager() {
      return new RecordingTransactionManager();
    }

    @Bean
    OwnerService ownerService() {
      return new OwnerService();
    }
  }

  @Test
  void theOrderPropertyCanPutTheTransactionOutsideTheSpan() {
    runner.withUserConfiguration(TransactionsFirst.class)
        .withPropertyValues("spanweave.order=20")
        .run(context -> {
          context.getBean(OwnerService.class).find(1);
          assertThat(context.getBean(RecordingTransactionManager.class).currentAtBegin)
              .singleElement().satisfies(current -> assertThat(current.isValid()).isFalse());
        });

    spans.assertSpan("owners.find");
  }

  @Test
  void codeAttributesFromTheProperties() {
    runner.withPropertyValues("spanweave.code-attributes=true").run(context -> {
      context.getBean(Greeter.class).greet("ada");
    });

    spans.assertSpan("greet").hasAttribute(
        stringKey("code.function.name"), TracedGreeter.class.getName() + ".greet");
  }
}
