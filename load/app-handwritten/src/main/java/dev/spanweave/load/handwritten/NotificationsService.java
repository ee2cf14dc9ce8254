package dev.spanweave.load.handwritten;

import dev.spanweave.examples.spring.Activity;
import dev.spanweave.examples.spring.ActivityStore;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * examples-spring's {@code NotificationsService} with its span written by hand, the result's size
 * included (spanweave's {@code resultSizeAttribute}).
 */
@Service
public class NotificationsService {

  private static final AttributeKey<String> USER_ID = AttributeKey.stringKey("app.user_id");
  private static final AttributeKey<String> USER_NAME = AttributeKey.stringKey("app.user_name");
  private static final AttributeKey<Long> RESULT_LENGTH = AttributeKey.longKey("app.result_length");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Tracer tracer;
  private final ActivityStore store;

  NotificationsService(OpenTelemetry openTelemetry, ActivityStore store) {
    this.tracer = openTelemetry.getTracer(HandwrittenApplication.INSTRUMENTATION_SCOPE);
    this.store = store;
  }

  public List<Activity> run(String userId) {
    Span span = tracer.spanBuilder("home-notifications-mock-data").startSpan();
    span.setAttribute(USER_ID, userId);
    try (Scope scope = span.makeCurrent()) {
      List<Activity> results = store.notifications(userId);
      span.setAttribute(USER_NAME, results.get(0).userName());
      span.setAttribute(RESULT_LENGTH, results.size());
      return results;
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
