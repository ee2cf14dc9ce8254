package dev.spanweave.it.kotlin

import dev.spanweave.Spanweave
import dev.spanweave.test.SpanweaveExtension
import io.micrometer.core.instrument.Timer
import io.micrometer.core.instrument.simple.SimpleMeterRegistry
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension

/** Timers of woven Kotlin functions: suspend functions until their result, plain ones per call. */
class TimersTest {

  companion object {
    @JvmField @RegisterExtension val spans: SpanweaveExtension = SpanweaveExtension.create()
  }

  private val registry = SimpleMeterRegistry()

  @BeforeEach
  fun register() {
    Spanweave.meterRegistry(registry)
  }

  @AfterEach
  fun unregister() {
    Spanweave.meterRegistry(null)
  }

  private fun timers(method: String): List<Timer> =
      registry.find("spanweave.method").tag("method", method).timers().toList()

  private fun timer(method: String, exception: String): Timer =
      registry.find("spanweave.method").tag("method", method).tag("exception", exception).timer()
          ?: throw AssertionError("no timer for $method with exception=$exception")

  @Test
  fun aSuspendFunctionIsTimedUntilItsResultOnce() {
    runBlocking { Coroutines().work("a-1", 7L) }

    val work = timer("work", "none")
    assertThat(work.count()).isEqualTo(1)
    assertThat(work.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(Coroutines.DELAY.toDouble())
    assertThat(work.id.getTag("outcome")).isEqualTo("SUCCESS")
    assertThat(timer("step", "none").count()).isEqualTo(1)
  }

  @Test
  fun aSuspendFunctionThatFailsAfterSuspendingIsTimedAsAnError() {
    val problem = IllegalStateException("boom")
    assertThatThrownBy { runBlocking { Coroutines().fails(problem) } }.isSameAs(problem)

    assertThat(timers("fails")).singleElement().satisfies({
      assertThat(it.id.getTag("exception")).isEqualTo("IllegalStateException")
      assertThat(it.id.getTag("outcome")).isEqualTo("ERROR")
      assertThat(it.count()).isEqualTo(1)
    })
  }

  @Test
  fun plainFunctionsAreTimedOncePerCall() {
    val account = Account("ada")
    account.deposit(5)
    account.deposit(7)
    assertThat(OpenService().defaults()).isEqualTo(3)

    assertThat(timer("deposit", "none").count()).isEqualTo(2)
    assertThat(timers("defaults")).singleElement().extracting { it.count() }.isEqualTo(1L)
    assertThat(account.balance).isEqualTo(12)
  }
}
