package dev.spanweave.examples.backends;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import dev.spanweave.Spanweave;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.contrib.awsxray.AwsXrayIdGenerator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The CloudWatch Logs recipe: a JSON log line (Logback's {@code JsonEncoder}) written inside a
 * traced method carries the trace id in OpenTelemetry's form and in X-Ray's. The module's surefire
 * configuration switches spanweave's log correlation on with its X-Ray key.
 */
class XrayLogCorrelationTest {

  private final ByteArrayOutputStream lines = new ByteArrayOutputStream();
  private final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger log = logback.getLogger("xray-log-correlation-test");
  private final OutputStreamAppender<ILoggingEvent> json = new OutputStreamAppender<>();
  private SdkTracerProvider tracerProvider;

  @BeforeEach
  void setUp() {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(logback);
    encoder.start();
    json.setContext(logback);
    json.setEncoder(encoder);
    json.setOutputStream(lines);
    json.start();
    log.addAppender(json);
    log.setAdditive(false);
    tracerProvider = SdkTracerProvider.builder()
        .setIdGenerator(AwsXrayIdGenerator.getInstance())
        .addSpanProcessor(SimpleSpanProcessor.create(InMemorySpanExporter.create()))
        .build();
    Spanweave.useOpenTelemetry(
        OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build());
  }

  @AfterEach
  void tearDown() {
    Spanweave.useGlobalOpenTelemetry();
    tracerProvider.close();
    log.detachAppender(json);
    json.stop();
  }

  class Handler {
    @TracedSpan
    SpanContext handle() {
      log.info("handled");
      return Span.current().getSpanContext();
    }
  }

  @Test
  void aJsonLogLineInsideATracedMethodCarriesTheTraceIdInBothForms() {
    SpanContext span = new Handler().handle();
    log.info("after the call");

    String[] written = lines.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(written).hasSize(2);
    String traceId = span.getTraceId();
    String xrayTraceId = "1-" + traceId.substring(0, 8) + "-" + traceId.substring(8);
    assertThat(written[0]).contains("\"message\":\"handled\"")
        .containsPattern(entry("trace_id", traceId))
        .containsPattern(entry("span_id", span.getSpanId()))
        .containsPattern(entry("trace_flags", span.getTraceFlags().asHex()))
        .containsPattern(entry("AWS-XRAY-TRACE-ID", xrayTraceId));
    assertThat(written[1]).as("nothing left behind after the call").doesNotContain(traceId);
  }

  private static Pattern entry(String key, String value) {
    return Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"" + Pattern.quote(value) + "\"");
  }
}
