package dev.spanweave.it.kotlin

import dev.spanweave.annotations.SpanAttribute
import dev.spanweave.annotations.TracedSpan
import io.opentelemetry.api.trace.Span
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.withContext

/** Beans traced by Spring proxies only: test classes are not woven. */
open class ProxiedSteps {
  @TracedSpan
  open suspend fun step(): Int {
    delay(5)
    return 1
  }
}

open class ProxiedCoroutines(private val steps: ProxiedSteps) {

  @TracedSpan
  open suspend fun work(@SpanAttribute id: String): String {
    delay(Coroutines.DELAY)
    Span.current().setAttribute("after.delay", true)
    return id + withContext(Dispatchers.IO) { steps.step() }
  }

  @TracedSpan
  open suspend fun fails(problem: RuntimeException): String {
    delay(5)
    throw problem
  }

  @TracedSpan
  open suspend fun neverSuspends(@SpanAttribute x: Int): Int = x + 1
}
