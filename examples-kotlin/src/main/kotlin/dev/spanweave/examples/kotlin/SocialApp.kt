package dev.spanweave.examples.kotlin

import dev.spanweave.annotations.SpanAttribute
import dev.spanweave.annotations.TracedSpan
import io.opentelemetry.api.trace.Span
import io.opentelemetry.api.trace.SpanKind
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.asFlow
import kotlinx.coroutines.flow.onEach
import kotlinx.coroutines.withContext

data class Activity(val id: String, val userName: String, val kind: String, val text: String)

data class HomePage(val userName: String, val feed: List<Activity>, val notifications: List<Activity>)

class UnknownUserException(userId: String) : RuntimeException("no user $userId")

/** The request handler: one server span per request, the services' spans below it. */
class SocialApp(private val store: ActivityStore) {

  private val home = HomeActivitiesService(store)
  private val notifications = NotificationsService(store)

  // tag::suspend[]
  @TracedSpan(value = "GET /api/home", kind = SpanKind.SERVER,
      expectedExceptions = [UnknownUserException::class])
  suspend fun homePage(@SpanAttribute("app.user_id") userId: String): HomePage = coroutineScope {
    val userName = store.userName(userId)
    // both run concurrently, as children of this request's span
    val feed = async { home.run(userId) }
    val notes = async { notificationsOrEmpty(userId) }
    HomePage(userName, feed.await(), notes.await())
  }
  // end::suspend[]

  private suspend fun notificationsOrEmpty(userId: String): List<Activity> =
      try {
        notifications.run(userId)
      } catch (unavailable: IllegalStateException) {
        emptyList()
      }
}

/** The "home" activities: what the people a user follows have been doing. */
class HomeActivitiesService(private val store: ActivityStore) {

  @TracedSpan("home-activities-mock-data")
  suspend fun run(@SpanAttribute("app.user_id") userId: String): List<Activity> {
    val activities = store.homeFeed(userId)
    // after a suspension, on whatever thread resumed: still this call's span
    Span.current().setAttribute("app.result_length", activities.size.toLong())
    return activities
  }
}

/** A user's notifications, read on the IO dispatcher. */
class NotificationsService(private val store: ActivityStore) {

  @TracedSpan(value = "home-notifications-mock-data", resultSizeAttribute = "app.result_length")
  suspend fun run(@SpanAttribute("app.user_id") userId: String): List<Activity> {
    val results = withContext(Dispatchers.IO) { store.notifications(userId) }
    Span.current().setAttribute("app.user_name", results[0].userName)
    return results
  }
}

/** Mock data standing in for a database, with a little latency so that durations show. */
class ActivityStore {

  private val users = mapOf("u-1" to "ada", "u-2" to "grace")

  fun userName(userId: String): String = users[userId] ?: throw UnknownUserException(userId)

  @TracedSpan("activity-store.home-feed")
  suspend fun homeFeed(userId: String): List<Activity> {
    val name = userName(userId)
    delay(8)
    return listOf(
        Activity("a-1", name, "post", "shipped spanweave 0.1"),
        Activity("a-2", name, "like", "liked a post about AspectJ"),
        Activity("a-3", name, "follow", "followed @otel"))
  }

  @TracedSpan("activity-store.notifications")
  suspend fun notifications(userId: String): List<Activity> {
    val name = userName(userId)
    delay(5)
    check(userId != "u-2") { "notification store timed out" }
    return listOf(
        Activity("n-1", name, "mention", "you were mentioned"),
        Activity("n-2", name, "reply", "someone replied to you"))
  }

  // tag::flow[]
  /** One span per collection: it starts when the flow is collected and ends with it. */
  @TracedSpan("activity-stream")
  fun stream(@SpanAttribute("app.user_id") userId: String): Flow<Activity> =
      listOf(Activity("s-1", userId, "post", "hello"), Activity("s-2", userId, "like", "nice"))
          .asFlow()
          .onEach { delay(3) }
  // end::flow[]
}
