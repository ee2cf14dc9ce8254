// tag::notifications-test[]
package com.example;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;

import dev.spanweave.Spanweave;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NotificationsTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  @Test
  void recordsTheUser() {
    new Notifications().run("ada");

    spans.assertSpan("home-notifications-mock-data")
        .hasAttribute(stringKey("app.user_name"), "ada")
        .hasNoParent();
  }

  @Test
  void recordsTheUserOnAnotherThread() {
    CompletableFuture.runAsync(() -> new Notifications().run("grace"));

    SpanData span = spans.awaitSpan("home-notifications-mock-data"); // waits up to 5 s
    assertThat(span).hasAttribute(stringKey("app.user_name"), "grace");
  }

  @Test
  void namesTheMethodWhenCodeAttributesAreOn() {
    Spanweave.recordCodeAttributes(true); // undone by the extension after this test

    new Notifications().run("ada");

    spans.assertSpan("home-notifications-mock-data")
        .hasAttribute(stringKey("code.function.name"), "com.example.Notifications.run");
  }
}
// end::notifications-test[]
