package dev.spanweave.load.handwritten;

import dev.spanweave.examples.spring.Activity;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * examples-spring's {@code SocialController} with the spans of its type-level
 * {@code @TracedSpan} written by hand: one span per endpoint, named after the class and the
 * method, a child of the request's HTTP server span.
 */
@RestController
public class SocialController {

  private static final AttributeKey<String> USER_ID = AttributeKey.stringKey("app.user_id");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Tracer tracer;
  private final HomeActivitiesService home;
  private final NotificationsService notifications;

  SocialController(OpenTelemetry openTelemetry, HomeActivitiesService home,
      NotificationsService notifications) {
    this.tracer = openTelemetry.getTracer(HandwrittenApplication.INSTRUMENTATION_SCOPE);
    this.home = home;
    this.notifications = notifications;
  }

  // tag::home[]
  @GetMapping("/api/home/{userId}")
  public List<Activity> home(@PathVariable String userId) {
    Span span = tracer.spanBuilder("SocialController.home").startSpan();
    span.setAttribute(USER_ID, userId);
    try (Scope scope = span.makeCurrent()) {
      return home.run(userId);
    } catch (RuntimeException | Error e) {
      span.setStatus(StatusCode.ERROR);
      span.setAttribute(ERROR_TYPE, e.getClass().getName());
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }
  // end::home[]

  @GetMapping("/api/notifications/{userId}")
  public List<Activity> notifications(@PathVariable String userId) {
    Span span = tracer.spanBuilder("SocialController.notifications").startSpan();
    span.setAttribute(USER_ID, userId);
    try (Scope scope = span.makeCurrent()) {
      return notifications.run(userId);
    } catch (RuntimeException | Error e) {
      span.setStatus(StatusCode.ERROR);
      span.setAttribute(ERROR_TYPE, e.getClass().getName());
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }
}
