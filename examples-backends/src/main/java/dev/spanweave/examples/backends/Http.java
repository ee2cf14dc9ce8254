package dev.spanweave.examples.backends;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** The little HTTP plumbing both services share: a loopback server, query strings, replies. */
final class Http {

  /** What a service prints once it accepts requests; {@link ServiceProcess} waits for it. */
  static final String LISTENING = "listening on ";

  private Http() {}

  /**
   * Serves {@code path} on a loopback port. Each request runs in the trace context its headers
   * carry, so the traced method it reaches continues the caller's trace.
   */
  static HttpServer serve(int port, String path, TextMapPropagator propagator, Handler handler)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(path, exchange -> {
      Context remote = propagator.extract(Context.root(), exchange, ExchangeHeaders.INSTANCE);
      try (Scope ignored = remote.makeCurrent()) {
        handler.handle(exchange);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        reply(exchange, 503, e.toString());
      } catch (Exception | LinkageError e) {
        // answer the caller rather than leave it waiting for its timeout
        reply(exchange, 502, e.toString());
      } finally {
        exchange.close();
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    System.out.println(LISTENING + URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    return server;
  }

  /** Handles one request, in the trace context of its headers. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException, InterruptedException;
  }

  static String queryParameter(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).equals(name)) {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
    }
    return "";
  }

  static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
