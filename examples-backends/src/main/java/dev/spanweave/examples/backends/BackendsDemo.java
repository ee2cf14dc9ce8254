package dev.spanweave.examples.backends;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zipkin2.Span;

/**
 * Starts a real Zipkin, runs the gateway and the social-app backend as two processes exporting to
 * it, sends a few requests, then prints each trace as Zipkin stored it with its URL in Zipkin's web
 * UI. Run it with {@code ./mvnw -q -Pbackends-demo package -pl examples-backends -am}; add
 * {@code -Dzipkin.keep=true} to keep Zipkin running (until Ctrl-C) and browse the traces.
 */
public final class BackendsDemo {

  private BackendsDemo() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("zipkin.server.jar"));
    Path logs = Path.of("target", "backends-demo");
    boolean keep = Boolean.getBoolean("zipkin.keep");
    int port = portOrAny(9411);
    try (ZipkinServer zipkin = ZipkinServer.start(jar, port, logs)) {
      Map<String, HttpResponse<String>> replies = new LinkedHashMap<>();
      // the services start while Zipkin does; their spans are sent once Zipkin is up
      try (TwoServices services =
          TwoServices.start(zipkin.spansEndpoint(), logs, Duration.ofSeconds(60))) {
        zipkin.awaitUp(Duration.ofSeconds(120));
        for (String user : List.of("u-1", "u-2", "u-404")) {
          HttpResponse<String> reply = services.home(user);
          replies.put(user, reply);
          System.out.printf("GET /home?user=%s -> %d %s%n", user, reply.statusCode(),
              reply.body().strip());
        }
      } // stopping the services flushes their spans to Zipkin
      System.out.println();
      for (Map.Entry<String, HttpResponse<String>> reply : replies.entrySet()) {
        String traceId = TwoServices.traceId(reply.getValue());
        List<Span> trace = zipkin.awaitTrace(traceId,
            ZipkinServer.spansFrom(Set.of(TwoServices.GATEWAY, TwoServices.BACKEND), 4),
            Duration.ofSeconds(20));
        System.out.println("user " + reply.getKey() + ": zipkin trace " + zipkin.traceUrl(traceId));
        System.out.print(ZipkinTree.render(trace));
        System.out.println();
      }
      if (keep) {
        System.out.println("Zipkin keeps running at " + zipkin.baseUri() + "/zipkin/ ; Ctrl-C stops it");
        Thread.currentThread().join();
      }
    }
  }

  private static int portOrAny(int preferred) {
    try (java.net.ServerSocket probe = new java.net.ServerSocket(preferred, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      return preferred;
    } catch (java.io.IOException taken) {
      return 0;
    }
  }
}
