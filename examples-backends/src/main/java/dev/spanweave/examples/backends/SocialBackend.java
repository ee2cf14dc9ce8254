package dev.spanweave.examples.backends;

import com.sun.net.httpserver.HttpExchange;
import dev.spanweave.examples.social.ActivityStore;
import dev.spanweave.examples.social.HomePage;
import dev.spanweave.examples.social.SocialApp;
import dev.spanweave.examples.social.UnknownUserException;
import java.io.IOException;

/**
 * The social-app backend as an HTTP service: {@code GET /api/home?user=u-1}. Its server span is the
 * social app's own {@code GET /api/home} span, a child of the caller's span when the request
 * carries a {@code traceparent} (or {@code X-Amzn-Trace-Id}) header.
 *
 * <p>{@code java ... SocialBackend [port]}; the SDK is configured by {@code OTEL_*} variables.
 */
public final class SocialBackend {

  private final SocialApp app = new SocialApp(new ActivityStore());

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    SocialBackend backend = new SocialBackend();
    Http.serve(port, "/api/home", Telemetry.propagator(), backend::home);
  }

  private void home(HttpExchange exchange) throws IOException {
    try {
      HomePage page = app.homePage(Http.queryParameter(exchange, "user"));
      Http.reply(exchange, 200, page.userName() + ": " + page.feed().size() + " activities, "
          + page.notifications().size() + " notifications");
    } catch (UnknownUserException e) {
      Http.reply(exchange, 404, e.getMessage());
    }
  }
}
