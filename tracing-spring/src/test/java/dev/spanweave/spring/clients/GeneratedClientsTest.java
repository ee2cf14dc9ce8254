package dev.spanweave.spring.clients;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.spanweave.spring.SpanweaveAutoConfiguration;
import dev.spanweave.test.SpanweaveExtension;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Beans whose implementation a library generates as a JDK proxy of the user's interface: an HTTP
 * service client ({@code @HttpExchange}), and a {@code FactoryBean}'s proxy as MyBatis and Feign
 * make. The annotations on the interface are honoured, and the span is named after it.
 */
class GeneratedClientsTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  private HttpServer server;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(AopAutoConfiguration.class, SpanweaveAutoConfiguration.class));

  @BeforeEach
  void serveRates() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/rates/", exchange -> {
      byte[] body = "1.08".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void anHttpServiceClientIsTracedWhereItsInterfaceAsks() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    runner.withBean(RatesClient.class, () -> HttpServiceProxyFactory
            .builderFor(RestClientAdapter.create(RestClient.create(base))).build()
            .createClient(RatesClient.class))
        .run(context -> {
          RatesClient rates = context.getBean(RatesClient.class);
          assertThat(rates.rate("EUR")).isEqualTo("1.08");
          assertThat(rates.history("EUR")).isEqualTo("1.08");
        });

    spans.assertSpan("RatesClient.rate").hasAttribute(stringKey("app.currency"), "EUR");
    assertThat(spans.spans()).hasSize(1);
  }

  @Test
  void aFactoryBeansProxyIsTracedThroughItsInterface() {
    runner.withBean(OrderMapperFactory.class).run(context -> {
      assertThat(context.getBean(OrderMapper.class).find(7)).isEqualTo("order 7");
    });

    spans.assertSpan("OrderMapper.find").hasAttribute(longKey("app.order_id"), 7L);
  }

  /** What MyBatis's {@code MapperFactoryBean} and Feign's client factory do, in a few lines. */
  static class OrderMapperFactory implements FactoryBean<OrderMapper> {
    @Override
    public OrderMapper getObject() {
      return (OrderMapper) Proxy.newProxyInstance(OrderMapper.class.getClassLoader(),
          new Class<?>[] {OrderMapper.class},
          (proxy, method, args) -> switch (method.getName()) {
            case "find" -> "order " + args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "OrderMapper proxy";
          });
    }

    @Override
    public Class<?> getObjectType() {
      return OrderMapper.class;
    }
  }
}
