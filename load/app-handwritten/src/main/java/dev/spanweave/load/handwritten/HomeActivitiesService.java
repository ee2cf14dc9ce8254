package dev.spanweave.load.handwritten;

import dev.spanweave.examples.spring.Activity;
import dev.spanweave.examples.spring.ActivityStore;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** examples-spring's {@code HomeActivitiesService} with its span written by hand. */
@Service
public class HomeActivitiesService {

  private static final AttributeKey<String> USER_ID = AttributeKey.stringKey("app.user_id");
  private static final AttributeKey<String> NOW = AttributeKey.stringKey("app.now");
  private static final AttributeKey<Long> RESULT_LENGTH = AttributeKey.longKey("app.result_length");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Tracer tracer;
  private final ActivityStore store;

  HomeActivitiesService(OpenTelemetry openTelemetry, ActivityStore store) {
    this.tracer = openTelemetry.getTracer(HandwrittenApplication.INSTRUMENTATION_SCOPE);
    this.store = store;
  }

  public List<Activity> run(String userId) {
    Span span = tracer.spanBuilder("home-activities-mock-data").startSpan();
    span.setAttribute(USER_ID, userId);
    try (Scope scope = span.makeCurrent()) {
      span.setAttribute(NOW, Instant.now().toString());
      List<Activity> activities = store.homeFeed(userId);
      span.setAttribute(RESULT_LENGTH, activities.size());
      return activities;
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
