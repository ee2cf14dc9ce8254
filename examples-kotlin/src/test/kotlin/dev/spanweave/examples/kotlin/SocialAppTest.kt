package dev.spanweave.examples.kotlin

import dev.spanweave.test.SpanweaveExtension
import io.opentelemetry.api.common.AttributeKey.stringKey
import io.opentelemetry.api.trace.StatusCode
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension

class SocialAppTest {

  companion object {
    @JvmField @RegisterExtension val spans: SpanweaveExtension = SpanweaveExtension.create()
  }

  @Test
  fun oneTreePerRequestWithTheServicesUnderIt() {
    val app = SocialApp(ActivityStore())
    runBlocking { app.homePage("u-1") }

    val request = spans.spans().single { it.name == "GET /api/home" }
    assertThat(spans.spans()).allSatisfy { assertThat(it.traceId).isEqualTo(request.traceId) }
    val home = spans.spans().single { it.name == "home-activities-mock-data" }
    val notifications = spans.spans().single { it.name == "home-notifications-mock-data" }
    assertThat(listOf(home, notifications)).allSatisfy {
      assertThat(it.parentSpanId).isEqualTo(request.spanId)
    }
    assertThat(spans.spans().single { it.name == "activity-store.home-feed" }.parentSpanId)
        .isEqualTo(home.spanId)
    assertThat(spans.spans().single { it.name == "activity-store.notifications" }.parentSpanId)
        .isEqualTo(notifications.spanId)
    assertThat(notifications.attributes.get(stringKey("app.user_name"))).isEqualTo("ada")
  }

  // tag::kotlin-tree[]
  @Test
  fun theRequestIsTheTreeAsDrawn() {
    runBlocking { SocialApp(ActivityStore()).homePage("u-1") }

    // a raw string as it sits in the code: no trimIndent() needed
    spans.assertTrace("""
        GET /api/home  [SERVER]
           app.user_id = u-1
        ├─ home-activities-mock-data
        │     app.result_length = 3
        │  └─ activity-store.home-feed
        └─ home-notifications-mock-data
              app.user_name = ada
           └─ activity-store.notifications
        """)
  }
  // end::kotlin-tree[]

  @Test
  fun aFailedStoreCallIsRecordedUnderItsService() {
    runBlocking { SocialApp(ActivityStore()).homePage("u-2") }

    val store = spans.spans().single { it.name == "activity-store.notifications" }
    assertThat(store.status.statusCode).isEqualTo(StatusCode.ERROR)
    assertThat(renderTrees(spans.spans())).contains("app.user_id = u-2")
  }

  @Test
  fun aStreamIsOneSpanPerCollection() {
    assertThat(runBlocking { ActivityStore().stream("u-1").toList() }).hasSize(2)

    assertThat(spans.spans().map { it.name }).containsExactly("activity-stream")
  }
}
