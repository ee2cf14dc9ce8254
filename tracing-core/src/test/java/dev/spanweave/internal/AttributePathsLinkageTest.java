package dev.spanweave.internal;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recorded argument whose type cannot be searched for annotated members (a getter names a
 * class missing at run time, an optional dependency): recorded as before paths existed.
 */
class AttributePathsLinkageTest {

  @TempDir Path dir;

  @AfterEach
  void back() {
    Spanweave.useGlobalOpenTelemetry();
  }

  @Test
  void aTypeWithAMissingClassInItsMembersIsRecordedThroughToString() throws Exception {
    Files.writeString(dir.resolve("Missing.java"), "public class Missing {}");
    Files.writeString(dir.resolve("Holder.java"), """
        public class Holder {
          public Missing getMissing() { return null; }
          @Override public String toString() { return "holder"; }
        }
        """);
    Files.writeString(dir.resolve("Service.java"), """
        import dev.spanweave.annotations.*;
        public class Service {
          @TracedSpan public void run(@SpanAttribute("h") Holder h) {}
        }
        """);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-proc:none", "-classpath",
        System.getProperty("java.class.path"), "-d", dir.toString(),
        dir.resolve("Missing.java").toString(), dir.resolve("Holder.java").toString(),
        dir.resolve("Service.java").toString());
    assertThat(status).isZero();
    Files.delete(dir.resolve("Missing.class"));
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider
        .builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build());

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> holder = loader.loadClass("Holder");
      Method run = loader.loadClass("Service").getMethod("run", holder);
      MethodTrace trace = MethodTraces.describe(run, null);
      Span span = trace.start(TracerHolder.tracer(),
          new Object[] {holder.getConstructor().newInstance()});
      trace.returned(span, null);
    }

    // the method is still traced, and the argument recorded as before
    assertThat(exporter.getFinishedSpanItems()).singleElement().satisfies(span -> {
      assertThat(span.getName()).isEqualTo("Service.run");
      assertThat(span.getAttributes().get(stringKey("h"))).isEqualTo("holder");
    });
  }
}
