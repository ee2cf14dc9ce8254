package dev.spanweave.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The run's own few calls to Zipkin and to the service's probes; every call is bounded in time. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();

  // HTTP/1.1: the JDK's HTTP/2 upgrade keeps Zipkin's (Armeria's) connection pooled past its idle
  // timeout, and the run's last call on it, minutes later, read an EOF
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

  private Http() {}

  static String get(URI uri, Duration timeout) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
  }

  static String post(URI uri, Duration timeout) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).timeout(timeout)
        .POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  /** Polls {@code uri} until it answers 200, at most {@code timeout}, while {@code alive}. */
  static void awaitUp(URI uri, Duration timeout, ChildJvm jvm, String what)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!jvm.isAlive()) {
        throw new IOException(what + " exited with " + jvm.exitValue() + "; see " + jvm.log());
      }
      try {
        get(uri, Duration.ofSeconds(2));
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IOException(what + " not up after " + timeout + "; see " + jvm.log());
  }

  private static String send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(request.uri() + " answered " + response.statusCode());
    }
    return response.body();
  }
}
