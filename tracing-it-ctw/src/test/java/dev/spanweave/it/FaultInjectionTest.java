package dev.spanweave.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A broken SDK, processor or exporter never changes what the traced method returns or throws. */
class FaultInjectionTest {

  private final Fixtures.Nesting nesting = new Fixtures.Nesting();

  @AfterEach
  void back() {
    Spanweave.useGlobalOpenTelemetry();
  }

  private static void useTracerProvider(SdkTracerProvider provider) {
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder().setTracerProvider(provider).build());
  }

  @Test
  void anExporterThatIsDown() {
    useTracerProvider(SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
          @Override
          public CompletableResultCode export(Collection<SpanData> spans) {
            throw new IllegalStateException("collector unreachable");
          }

          @Override
          public CompletableResultCode flush() {
            return CompletableResultCode.ofFailure();
          }

          @Override
          public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
          }
        }))
        .build());

    assertThat(nesting.outer()).isEqualTo("isf");
    assertThat(catchThrowable(new Fixtures.Failures()::unchecked))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
    assertThat(SpanRecorder.noSpanIsCurrent()).isTrue();
  }

  @Test
  void aSpanProcessorThatThrowsOnStartAndOnEnd() {
    useTracerProvider(SdkTracerProvider.builder().addSpanProcessor(new SpanProcessor() {
      @Override
      public void onStart(Context parentContext, ReadWriteSpan span) {
        throw new IllegalStateException("onStart broken");
      }

      @Override
      public boolean isStartRequired() {
        return true;
      }

      @Override
      public void onEnd(ReadableSpan span) {
        throw new IllegalStateException("onEnd broken");
      }

      @Override
      public boolean isEndRequired() {
        return true;
      }
    }).build());

    assertThat(nesting.outer()).isEqualTo("isf");
    assertThat(new Fixtures.Attributes().exploding(new Fixtures.Exploding(), "x"))
        .isEqualTo("result untouched");
    assertThat(SpanRecorder.noSpanIsCurrent()).isTrue();
  }

  @Test
  void aTracerProviderThatThrows() {
    Spanweave.useOpenTelemetry(new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        return new TracerProvider() {
          @Override
          public Tracer get(String name) {
            return brokenTracer();
          }

          @Override
          public Tracer get(String name, String version) {
            return brokenTracer();
          }

          @Override
          public TracerBuilder tracerBuilder(String name) {
            return new TracerBuilder() {
              @Override
              public TracerBuilder setSchemaUrl(String url) {
                return this;
              }

              @Override
              public TracerBuilder setInstrumentationVersion(String version) {
                return this;
              }

              @Override
              public Tracer build() {
                return brokenTracer();
              }
            };
          }
        };
      }

      @Override
      public ContextPropagators getPropagators() {
        return ContextPropagators.noop();
      }
    });

    assertThat(nesting.outer()).isEqualTo("isf");
    assertThat(nesting.recurse(2)).isEqualTo(2);
  }

  private static Tracer brokenTracer() {
    return spanName -> {
      throw new IllegalStateException("tracer broken");
    };
  }
}
