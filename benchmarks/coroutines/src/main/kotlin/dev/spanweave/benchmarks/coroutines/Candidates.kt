package dev.spanweave.benchmarks.coroutines

import dev.spanweave.annotations.SpanAttribute
import dev.spanweave.annotations.TracedSpan
import io.opentelemetry.api.trace.StatusCode
import io.opentelemetry.api.trace.Tracer
import io.opentelemetry.context.Context
import io.opentelemetry.extension.kotlin.asContextElement
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.yield

/** spanweave: woven into kotlinc's output. */
class TracedCoroutines {

  @TracedSpan
  suspend fun suspendOnce(@SpanAttribute id: String): Int {
    yield()
    return id.length
  }

  @TracedSpan
  suspend fun neverSuspends(@SpanAttribute id: String): Int = id.length
}

/** What a user writes by hand for the same span, with the context carried by the coroutine. */
class HandWrittenCoroutines(private val tracer: Tracer) {

  suspend fun suspendOnce(id: String): Int {
    val span = tracer.spanBuilder("HandWrittenCoroutines.suspendOnce").startSpan()
    span.setAttribute("id", id)
    try {
      return withContext(Context.current().with(span).asContextElement()) {
        yield()
        id.length
      }
    } catch (error: Throwable) {
      span.setStatus(StatusCode.ERROR)
      span.recordException(error)
      throw error
    } finally {
      span.end()
    }
  }
}

/** The calls the JMH methods make: each in its own runBlocking, alike for both candidates. */
object Calls {
  @JvmStatic fun traced(candidate: TracedCoroutines, id: String): Int =
      runBlocking { candidate.suspendOnce(id) }

  @JvmStatic fun handWritten(candidate: HandWrittenCoroutines, id: String): Int =
      runBlocking { candidate.suspendOnce(id) }
}
