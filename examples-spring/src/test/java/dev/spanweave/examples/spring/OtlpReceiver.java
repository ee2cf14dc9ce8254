package dev.spanweave.examples.spring;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A local OTLP/HTTP backend on 127.0.0.1: records every request, answers 200. */
final class OtlpReceiver implements AutoCloseable {

  /** One request as it came over the wire, its body bytes kept for decoding. */
  record Received(String path, Headers headers, byte[] body) {
    ExportTraceServiceRequest traces() throws IOException {
      return ExportTraceServiceRequest.parseFrom(body);
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        received.add(new Received(exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders(), in.readAllBytes()));
        byte[] reply = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
        exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, reply.length == 0 ? -1 : reply.length);
        exchange.getResponseBody().write(reply);
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  /** The base address, {@code http://127.0.0.1:port}. */
  String address() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next request received, waiting at most {@code timeout}; null if none came. */
  Received next(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
