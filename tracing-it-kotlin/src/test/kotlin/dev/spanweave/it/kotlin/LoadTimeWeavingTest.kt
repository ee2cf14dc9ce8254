package dev.spanweave.it.kotlin

import dev.spanweave.annotations.SpanAttribute
import dev.spanweave.annotations.TracedSpan
import dev.spanweave.test.SpanweaveExtension
import io.opentelemetry.api.common.AttributeKey.booleanKey
import io.opentelemetry.api.common.AttributeKey.stringKey
import io.opentelemetry.api.trace.Span
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension

/** Suspend functions of test classes, which only the load-time weaver weaves (see the pom). */
class LoadTimeWeavingTest {

  companion object {
    @JvmField @RegisterExtension val spans: SpanweaveExtension = SpanweaveExtension.create()
  }

  class Loaded {
    @TracedSpan
    suspend fun work(@SpanAttribute id: String): Int = coroutineScope {
      delay(Coroutines.DELAY)
      Span.current().setAttribute("after.delay", true)
      async(Dispatchers.IO) { step() }.await() + step()
    }

    @TracedSpan
    suspend fun step(): Int {
      delay(5)
      return 1
    }
  }

  @Test
  fun oneSpanPerCallUnderTheLoadTimeWeaver() {
    assertThat(runBlocking { Loaded().work("l-1") }).isEqualTo(2)

    val work = spans.spans().single { it.name == "Loaded.work" }
    assertThat(work.attributes.get(stringKey("id"))).isEqualTo("l-1")
    assertThat(work.attributes.get(booleanKey("after.delay"))).isTrue()
    assertThat(TimeUnit.NANOSECONDS.toMillis(work.endEpochNanos - work.startEpochNanos))
        .isGreaterThanOrEqualTo(Coroutines.DELAY)
    assertThat(spans.spans().filter { it.name == "Loaded.step" }).hasSize(2).allSatisfy {
      assertThat(it.parentSpanId).isEqualTo(work.spanId)
    }
  }
}
