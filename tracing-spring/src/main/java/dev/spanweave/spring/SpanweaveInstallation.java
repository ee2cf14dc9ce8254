package dev.spanweave.spring;

import dev.spanweave.Spanweave;
import dev.spanweave.internal.Problems;
import dev.spanweave.internal.TracerHolder;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Sends spanweave's spans to the application context's {@code OpenTelemetry} bean for the life of
 * the context: the proxies' spans always, the spans of classes woven at build time (which read the
 * JVM-wide {@link TracerHolder}) until the context closes, when what was configured before is put
 * back. Without a bean, nothing is changed: spans go to GlobalOpenTelemetry, or wherever a test
 * kit pointed spanweave.
 *
 * <p>A missing, ambiguous or failing {@code OpenTelemetry} bean never stops the context: it is
 * reported once and spanweave falls back to GlobalOpenTelemetry.
 */
final class SpanweaveInstallation implements SmartInitializingSingleton, DisposableBean {

  private static final Class<?> NOOP_TRACER = TracerProvider.noop().get("noop").getClass();

  private final SpanweaveProperties properties;
  private final ObjectProvider<OpenTelemetry> openTelemetry;
  private final TracedSpanInterceptor interceptor;
  private Object previous;

  SpanweaveInstallation(
      SpanweaveProperties properties,
      ObjectProvider<OpenTelemetry> openTelemetry,
      TracedSpanInterceptor interceptor) {
    this.properties = properties;
    this.openTelemetry = openTelemetry;
    this.interceptor = interceptor;
  }

  @Override
  public void afterSingletonsInstantiated() {
    previous = TracerHolder.snapshot();
    if (properties.getCodeAttributes() != null) {
      Spanweave.recordCodeAttributes(properties.getCodeAttributes());
    }
    if (properties.getRecordExceptionOnce() != null) {
      Spanweave.recordExceptionOnce(properties.getRecordExceptionOnce());
    }
    if (!properties.isEnabled()) {
      Spanweave.useOpenTelemetry(OpenTelemetry.noop());
      return;
    }
    OpenTelemetry bean = applicationOpenTelemetry();
    if (bean == null) {
      return;
    }
    try {
      Tracer tracer =
          bean.getTracerProvider()
              .tracerBuilder(Spanweave.INSTRUMENTATION_SCOPE_NAME)
              .setInstrumentationVersion(Spanweave.version())
              .build();
      Spanweave.useOpenTelemetry(bean);
      interceptor.useTracer(NOOP_TRACER.isInstance(tracer) ? null : tracer);
    } catch (Throwable problem) {
      Problems.report("spring:opentelemetry",
          "the application's OpenTelemetry bean failed to give a tracer; spans go to"
              + " GlobalOpenTelemetry", problem);
    }
  }

  private OpenTelemetry applicationOpenTelemetry() {
    try {
      return openTelemetry.getIfUnique();
    } catch (Throwable problem) {
      Problems.report("spring:opentelemetry",
          "could not get the application's OpenTelemetry bean; spans go to"
              + " GlobalOpenTelemetry", problem);
      return null;
    }
  }

  @Override
  public void destroy() {
    interceptor.useTracerHolder();
    if (previous != null) {
      TracerHolder.restore(previous);
    }
  }
}
