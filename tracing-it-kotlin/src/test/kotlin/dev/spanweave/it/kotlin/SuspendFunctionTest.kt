package dev.spanweave.it.kotlin

import dev.spanweave.Spanweave
import dev.spanweave.test.SpanweaveExtension
import io.opentelemetry.api.common.AttributeKey.booleanKey
import io.opentelemetry.api.common.AttributeKey.longKey
import io.opentelemetry.api.common.AttributeKey.stringKey
import io.opentelemetry.api.trace.StatusCode
import io.opentelemetry.context.Context
import io.opentelemetry.sdk.trace.data.SpanData
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import org.junit.jupiter.api.extension.RegisterExtension

class SuspendFunctionTest {

  companion object {
    @JvmField @RegisterExtension val spans: SpanweaveExtension = SpanweaveExtension.create()
  }

  private val coroutines = Coroutines()

  private fun durationMillis(span: SpanData) =
      TimeUnit.NANOSECONDS.toMillis(span.endEpochNanos - span.startEpochNanos)

  private fun named(name: String) = spans.spans().filter { it.name == name }

  @Test
  fun oneSpanFromTheFirstCallToTheResult() {
    assertThat(runBlocking { coroutines.work("a-1", 7L) }).isEqualTo("a-1:1")

    val work = named("Coroutines.work").single()
    assertThat(durationMillis(work)).isGreaterThanOrEqualTo(Coroutines.DELAY)
    assertThat(work.attributes.get(stringKey("id"))).isEqualTo("a-1")
    assertThat(work.attributes.get(longKey("count"))).isEqualTo(7L)
    assertThat(work.attributes.get(booleanKey("after.delay"))).isTrue()
    val step = named("Coroutines.step").single()
    assertThat(step.parentSpanId).isEqualTo(work.spanId)
    assertThat(step.traceId).isEqualTo(work.traceId)
    assertThat(spans.spans()).hasSize(2)
  }

  @Test
  fun theSameExceptionAfterASuspensionAndOneFailedSpan() {
    val problem = IllegalStateException("boom")
    assertThatThrownBy { runBlocking { coroutines.fails(problem) } }.isSameAs(problem)

    val span = named("Coroutines.fails").single()
    assertThat(span.status.statusCode).isEqualTo(StatusCode.ERROR)
    assertThat(span.events.map { it.name }).containsExactly("exception")
  }

  @Test
  fun recordedOnceTheCallerOfAFailedSuspendFunctionIsDescribedWithoutASecondEvent() {
    Spanweave.recordExceptionOnce(true)
    val afterSuspending = IllegalStateException("after a suspension")
    val atOnce = IllegalStateException("at once")

    assertThatThrownBy { runBlocking { coroutines.callsFailing(afterSuspending) } }
        .isSameAs(afterSuspending)
    assertThatThrownBy { runBlocking { coroutines.callsFailingAtOnce(atOnce) } }.isSameAs(atOnce)

    for ((inner, outer) in listOf(
        "Coroutines.fails" to "Coroutines.callsFailing",
        "Coroutines.failsAtOnce" to "Coroutines.callsFailingAtOnce")) {
      val first = named(inner).single()
      val caller = named(outer).single()
      assertThat(first.parentSpanId).isEqualTo(caller.spanId)
      assertThat(first.events.map { it.name }).`as`(inner).containsExactly("exception")
      assertThat(caller.events).`as`(outer).isEmpty()
      assertThat(caller.status.statusCode).isEqualTo(StatusCode.ERROR)
      assertThat(caller.status.description).isEqualTo(first.events[0].attributes
          .get(stringKey("exception.message")))
    }
  }

  @Test
  fun theSameExceptionWithoutASuspension() {
    val problem = IllegalArgumentException("at once")
    assertThatThrownBy { runBlocking { coroutines.failsAtOnce(problem) } }.isSameAs(problem)

    assertThat(named("Coroutines.failsAtOnce").single().status.statusCode)
        .isEqualTo(StatusCode.ERROR)
  }

  @Test
  fun childCoroutinesAreChildrenAndTheSpanAwaitsThem() {
    assertThat(runBlocking { coroutines.children() }).isEqualTo(3)

    val parent = named("Coroutines.children").single()
    val steps = named("Coroutines.step")
    assertThat(steps).hasSize(3).allSatisfy {
      assertThat(it.parentSpanId).isEqualTo(parent.spanId)
      assertThat(it.traceId).isEqualTo(parent.traceId)
    }
    assertThat(durationMillis(parent)).isGreaterThanOrEqualTo(Coroutines.DELAY)
  }

  @Test
  fun unannotatedSuspendFunctionsInBetween() {
    runBlocking { coroutines.throughUnannotated() }

    val parent = named("Coroutines.throughUnannotated").single()
    assertThat(named("Coroutines.step")).hasSize(2).allSatisfy {
      assertThat(it.parentSpanId).isEqualTo(parent.spanId)
    }
  }

  @Test
  fun aTailCallIsAChild() {
    runBlocking { coroutines.tail() }

    val parent = named("Coroutines.tail").single()
    assertThat(named("Coroutines.step").single().parentSpanId).isEqualTo(parent.spanId)
    assertThat(parent.endEpochNanos).isGreaterThanOrEqualTo(named("Coroutines.step").single().endEpochNanos)
  }

  @Test
  fun aFunctionThatNeverSuspends() {
    assertThat(runBlocking { coroutines.neverSuspends(41) }).isEqualTo(42)

    assertThat(named("Coroutines.neverSuspends").single().attributes.get(longKey("x"))).isEqualTo(41L)
  }

  @Test
  fun moreThanThreeArguments() {
    assertThat(runBlocking { coroutines.many("x", 1, 2, "y") }).isEqualTo("x3y")

    val span = named("Coroutines.many").single()
    assertThat(span.attributes.get(stringKey("a"))).isEqualTo("x")
    assertThat(span.attributes.get(stringKey("d"))).isEqualTo("y")
  }

  @Test
  fun cancellationEndsTheSpanAsCancelled() {
    runBlocking {
      val job = launch { coroutines.waitsForever() }
      delay(20)
      job.cancelAndJoin()
    }

    val span = named("Coroutines.waitsForever").single()
    assertThat(span.attributes.get(booleanKey("spanweave.canceled"))).isTrue()
    assertThat(span.status.statusCode).isEqualTo(StatusCode.UNSET)
  }

  @Test
  fun nothingLeftOnTheThreadAfterwards() {
    runBlocking(Dispatchers.Unconfined) {
      coroutines.work("u", 1L)
      assertThat(Context.current()).isSameAs(Context.root())
    }
    assertThat(Context.current()).isSameAs(Context.root())
  }

  @Test
  fun everyDispatcher() {
    val virtual = virtualThreads()
    val dispatchers: List<CoroutineDispatcher> =
        listOfNotNull(Dispatchers.Default, Dispatchers.IO, Dispatchers.Unconfined, virtual)
    try {
      for (dispatcher in dispatchers) {
        runBlocking { withContext(dispatcher) { coroutines.work(dispatcher.toString(), 2L) } }
      }
    } finally {
      (virtual as? java.io.Closeable)?.close()
    }

    val works = named("Coroutines.work")
    assertThat(works).hasSize(dispatchers.size)
    for (work in works) {
      val step = spans.spans().single { it.name == "Coroutines.step" && it.parentSpanId == work.spanId }
      assertThat(step.traceId).isEqualTo(work.traceId)
      assertThat(work.attributes.get(booleanKey("after.delay"))).isTrue()
      assertThat(durationMillis(work)).isGreaterThanOrEqualTo(Coroutines.DELAY)
    }
  }

  /** A dispatcher on virtual threads where the JDK has them (21+), else null. */
  private fun virtualThreads(): CoroutineDispatcher? =
      try {
        val executor = Executors::class.java.getMethod("newVirtualThreadPerTaskExecutor")
            .invoke(null) as java.util.concurrent.ExecutorService
        executor.asCoroutineDispatcher()
      } catch (absent: NoSuchMethodException) {
        null
      }

  @Test
  fun aFlowSpanCoversItsCollection() {
    val flow = coroutines.numbers()
    assertThat(runBlocking { flow.toList() }).containsExactly(2, 3, 4)

    val span = named("Coroutines.numbers").single()
    assertThat(durationMillis(span)).isGreaterThanOrEqualTo(30)
    assertThat(named("Coroutines.step")).hasSize(3).allSatisfy {
      assertThat(it.parentSpanId).isEqualTo(span.spanId)
    }
  }

  @Test
  fun valueClassManglingIsNotInTheSpanName() {
    assertThat(coroutines.find(AccountId("acc-1"))).isEqualTo("acc-1")

    assertThat(spans.spans().map { it.name }).containsExactly("Coroutines.find")
  }

  @Test
  fun classLevelTracingLeavesPropertyAccessorsOut() {
    val account = Account("ada")
    account.deposit(5)
    account.balance = account.balance + 1
    account.owner

    assertThat(spans.spans().map { it.name }).containsExactly("Account.deposit")
  }

  @Test
  fun kotlinsCopiesAddNoSpan() {
    val service = OpenService()
    assertThat(runBlocking { service.work("abc") }).isEqualTo(3)
    assertThat(service.defaults(b = 5)).isEqualTo(6)

    assertThat(spans.spans().map { it.name })
        .containsExactlyInAnyOrder("OpenService.work", "OpenService.defaults")
    assertThat(named("OpenService.work").single().attributes.get(stringKey("id"))).isEqualTo("abc")
  }

  @Test
  @Timeout(20)
  fun aRecursiveCallIsASpanOfItsOwn() {
    assertThat(runBlocking { coroutines.descend(3) }).isEqualTo(3)
    assertChain("Coroutines.descend")
  }

  @Test
  @Timeout(20)
  fun aRecursiveCallBeforeTheFirstSuspensionIsASpanOfItsOwn() {
    assertThat(runBlocking { coroutines.descendThenSuspend(3) }).isEqualTo(3)
    assertChain("Coroutines.descendThenSuspend")
  }

  /** Four spans, depth 3 the root, each next depth the child of the one above, all ended. */
  private fun assertChain(name: String) {
    val calls = named(name).sortedByDescending { it.attributes.get(longKey("depth")) }
    assertThat(calls.map { it.attributes.get(longKey("depth")) }).containsExactly(3L, 2L, 1L, 0L)
    assertThat(calls[0].parentSpanContext.isValid).isFalse()
    for (i in 1 until calls.size) {
      assertThat(calls[i].parentSpanId).isEqualTo(calls[i - 1].spanId)
      assertThat(calls[i].endEpochNanos).isLessThanOrEqualTo(calls[i - 1].endEpochNanos)
    }
    assertThat(spans.spans()).hasSize(4)
  }
}
