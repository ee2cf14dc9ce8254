package dev.spanweave.it.kotlin

import dev.spanweave.spring.SpanweaveAutoConfiguration
import dev.spanweave.test.SpanweaveExtension
import io.opentelemetry.api.common.AttributeKey.booleanKey
import io.opentelemetry.api.common.AttributeKey.longKey
import io.opentelemetry.api.common.AttributeKey.stringKey
import io.opentelemetry.api.trace.StatusCode
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension
import org.springframework.aop.support.AopUtils
import org.springframework.boot.autoconfigure.AutoConfigurations
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration
import org.springframework.boot.test.context.runner.ApplicationContextRunner

/** Suspend functions of beans through tracing-spring's proxies, and woven beans under them. */
class SpringProxyTest {

  companion object {
    @JvmField @RegisterExtension val spans: SpanweaveExtension = SpanweaveExtension.create()
  }

  private val runner =
      ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  AopAutoConfiguration::class.java, SpanweaveAutoConfiguration::class.java))
          .withBean(ProxiedSteps::class.java)
          .withBean(ProxiedCoroutines::class.java)
          .withBean(OpenService::class.java)

  private fun named(name: String) = spans.spans().filter { it.name == name }

  @Test
  fun oneSpanForASuspendFunctionOfABean() {
    runner.run { context ->
      val bean = context.getBean(ProxiedCoroutines::class.java)
      assertThat(AopUtils.isAopProxy(bean)).isTrue()
      assertThat(runBlocking { bean.work("b-1") }).isEqualTo("b-11")
    }

    val work = named("ProxiedCoroutines.work").single()
    assertThat(TimeUnit.NANOSECONDS.toMillis(work.endEpochNanos - work.startEpochNanos))
        .isGreaterThanOrEqualTo(Coroutines.DELAY)
    assertThat(work.attributes.get(stringKey("id"))).isEqualTo("b-1")
    assertThat(work.attributes.get(booleanKey("after.delay"))).isTrue()
    val step = named("ProxiedSteps.step").single()
    assertThat(step.parentSpanId).isEqualTo(work.spanId)
    assertThat(step.traceId).isEqualTo(work.traceId)
  }

  @Test
  fun anExceptionIsRecordedAndReachesTheCaller() {
    val problem = IllegalStateException("boom")
    runner.run { context ->
      val bean = context.getBean(ProxiedCoroutines::class.java)
      val thrown = runCatching { runBlocking { bean.fails(problem) } }.exceptionOrNull()
      // When Spring runs the function as a Mono (kotlinx-coroutines-reactor present), the
      // exception crosses a coroutine boundary, and kotlinx-coroutines' stack-trace recovery
      // (on with -ea) hands the caller a copy whose cause is the original: untraced alike.
      assertThat(thrown === problem || thrown?.cause === problem).`as`("$thrown").isTrue()
    }

    val span = named("ProxiedCoroutines.fails").single()
    assertThat(span.status.statusCode).isEqualTo(StatusCode.ERROR)
    assertThat(span.events.map { it.name }).containsExactly("exception")
  }

  @Test
  fun aFunctionThatNeverSuspends() {
    runner.run { context ->
      val bean = context.getBean(ProxiedCoroutines::class.java)
      assertThat(runBlocking { bean.neverSuspends(1) }).isEqualTo(2)
    }

    assertThat(named("ProxiedCoroutines.neverSuspends").single().attributes.get(longKey("x")))
        .isEqualTo(1L)
  }

  @Test
  fun aWovenBeanStillGetsOneSpan() {
    runner.run { context ->
      val bean = context.getBean(OpenService::class.java)
      assertThat(runBlocking { bean.work("abc") }).isEqualTo(3)
    }

    assertThat(spans.spans().map { it.name }).containsExactly("OpenService.work")
  }
}
