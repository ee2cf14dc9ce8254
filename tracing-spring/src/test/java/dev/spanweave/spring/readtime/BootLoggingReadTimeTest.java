package dev.spanweave.spring.readtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.spring.SpanweaveAutoConfiguration;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Log correlation at read time under Spring Boot's own logging set-up (LogbackLoggingSystem
 * resets and configures Logback's context after SLF4J chose its provider): this JVM runs with
 * {@code -Dslf4j.provider=dev.spanweave.logback.SpanweaveLogbackServiceProvider} (see the pom).
 */
@ExtendWith(OutputCaptureExtension.class)
class BootLoggingReadTimeTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({AopAutoConfiguration.class, SpanweaveAutoConfiguration.class})
  static class App {
    @Bean
    LoggingProbe loggingProbe() {
      return new LoggingProbe();
    }
  }

  private static String probeIn(String text, String... properties) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE)
        .properties("spanweave.log-correlation.enabled=true")
        .properties(properties)
        .run()) {
      return context.getBean(LoggingProbe.class).probe(text);
    }
  }

  @Test
  void bootsConsolePatternAndMdcGetCarryTheIds(CapturedOutput output) {
    String seen = probeIn("pattern",
        "logging.pattern.console=ids=%X{trace_id}/%X{span_id}/%X{trace_flags} %m%n");

    SpanData span = spans.span("logging-probe");
    assertThat(seen).isEqualTo(span.getTraceId());
    assertThat(output.getOut()).contains("ids=" + span.getTraceId() + "/" + span.getSpanId()
        + "/" + span.getSpanContext().getTraceFlags().asHex() + " probing pattern");
    assertThat(MDC.get("trace_id")).isNull();
  }

  @Test
  void bootsStructuredLoggingCarriesTheIds(CapturedOutput output) {
    probeIn("json", "logging.structured.format.console=logstash");

    SpanData span = spans.span("logging-probe");
    String line = output.getOut().lines().filter(l -> l.contains("probing json")).findFirst()
        .orElseThrow(() -> new AssertionError("no JSON line in " + output.getOut()));
    assertThat(line).contains("\"trace_id\":\"" + span.getTraceId() + "\"")
        .contains("\"span_id\":\"" + span.getSpanId() + "\"");
  }

  @Test
  void anApplicationsLogbackFileWorksAndBootPrintsNoLogbackStatuses(CapturedOutput output) {
    String seen = probeIn("quiet", "logging.config=classpath:readtime/logback-readtime.xml");

    assertThat(output.getAll()).contains("file-config " + seen + " probing quiet")
        .doesNotContain("mdcAdapter").doesNotContain("WARN in ch.qos.logback");
  }
}
