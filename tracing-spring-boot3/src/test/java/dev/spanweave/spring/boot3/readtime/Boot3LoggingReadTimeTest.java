package dev.spanweave.spring.boot3.readtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.spring.SpanweaveAutoConfiguration;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootVersion;
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
 * Log correlation at read time under Spring Boot 3.5's own logging set-up: this JVM runs with
 * {@code -Dslf4j.provider=dev.spanweave.logback.SpanweaveLogbackServiceProvider} (see the pom).
 */
@ExtendWith(OutputCaptureExtension.class)
class Boot3LoggingReadTimeTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  /** A traced bean that logs one line and returns the trace id it reads from the MDC. */
  public static class LoggingProbe {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingProbe.class);

    @TracedSpan("logging-probe")
    public String probe(@SpanAttribute("app.text") String text) {
      LOG.info("probing {}", text);
      return MDC.get("trace_id");
    }
  }

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
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");

    String seen = probeIn("pattern", "logging.pattern.console=ids=%X{trace_id}/%X{span_id} %m%n");

    SpanData span = spans.span("logging-probe");
    assertThat(seen).isEqualTo(span.getTraceId());
    assertThat(output.getOut())
        .contains("ids=" + span.getTraceId() + "/" + span.getSpanId() + " probing pattern")
        .doesNotContain("mdcAdapter");
  }

  @Test
  void bootsStructuredLoggingCarriesTheIds(CapturedOutput output) {
    probeIn("json", "logging.structured.format.console=logstash");

    SpanData span = spans.span("logging-probe");
    String line = output.getOut().lines().filter(l -> l.contains("probing json")).findFirst()
        .orElseThrow(() -> new AssertionError("no JSON line in " + output.getOut()));
    assertThat(line).contains("\"trace_id\":\"" + span.getTraceId() + "\"");
  }
}
