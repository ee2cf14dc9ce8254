package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.NewSpanGreeter;
import io.micrometer.tracing.annotation.DefaultNewSpanParser;
import io.micrometer.tracing.annotation.ImperativeMethodInvocationProcessor;
import io.micrometer.tracing.annotation.SpanAspect;
import io.micrometer.tracing.annotation.SpanTagAnnotationHandler;
import io.opentelemetry.api.OpenTelemetry;

/** Micrometer Tracing's {@code @NewSpan} through its SpanAspect, on the OpenTelemetry bridge. */
public class MicrometerNewSpanBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    SpanAspect aspect =
        new SpanAspect(
            new ImperativeMethodInvocationProcessor(
                new DefaultNewSpanParser(),
                Micrometer.tracer(openTelemetry),
                new SpanTagAnnotationHandler(Micrometer.NO_RESOLVERS, Micrometer.NO_EXPRESSIONS)));
    return SpringAop.proxy(new NewSpanGreeter(), aspect);
  }
}
