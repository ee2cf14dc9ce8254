package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.LtwGreeter;
import dev.spanweave.spring.SpanweaveAutoConfiguration;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * spanweave through tracing-spring's interceptor, no weaving: the bean is proxied by the
 * auto-configuration in a real (small) application context, with class-based proxies as in a
 * Spring Boot application. Spans go where {@link Spanweave} points (no OpenTelemetry bean).
 */
public class SpanweaveSpringAopBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.register(SpanweaveAutoConfiguration.class);
    context.registerBean(LtwGreeter.class);
    AopConfigUtils.registerAutoProxyCreatorIfNecessary(context);
    AopConfigUtils.forceAutoProxyCreatorToUseClassProxying(context);
    context.refresh();
    return context.getBean(Greeter.class);
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
