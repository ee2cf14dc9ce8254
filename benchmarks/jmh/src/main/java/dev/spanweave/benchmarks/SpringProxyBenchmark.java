package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.LtwGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;

/**
 * The floor of every Spring AOP candidate: the untraced business method behind a class-based
 * (CGLIB) proxy with one interceptor that only passes the call on. (LtwGreeter is woven only in
 * the LTW forks; here it is a plain class whose annotations nobody reads.)
 */
public class SpringProxyBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    ProxyFactory factory = new ProxyFactory(new LtwGreeter());
    factory.setProxyTargetClass(true);
    factory.addAdvice((MethodInterceptor) invocation -> invocation.proceed());
    return (Greeter) factory.getProxy();
  }

  @Override
  protected boolean traces() {
    return false;
  }
}
