package dev.spanweave.it.kotlin

import dev.spanweave.annotations.SpanAttribute
import dev.spanweave.annotations.TracedSpan
import io.opentelemetry.api.trace.Span
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/** Suspend functions woven at compile time (this module weaves kotlinc's output). */
class Coroutines {

  @TracedSpan
  suspend fun work(@SpanAttribute id: String, @SpanAttribute count: Long): String {
    delay(DELAY)
    Span.current().setAttribute("after.delay", true)
    return "$id:${step()}"
  }

  @TracedSpan
  suspend fun step(): Int {
    delay(5)
    return 1
  }

  @TracedSpan
  suspend fun fails(problem: RuntimeException): String {
    delay(5)
    throw problem
  }

  @TracedSpan
  suspend fun failsAtOnce(problem: RuntimeException): String = throw problem

  @TracedSpan
  suspend fun callsFailing(problem: RuntimeException): String {
    val result = fails(problem)
    return "$result!"
  }

  @TracedSpan
  suspend fun callsFailingAtOnce(problem: RuntimeException): String {
    val result = failsAtOnce(problem)
    return "$result!"
  }

  @TracedSpan
  suspend fun children(): Int = coroutineScope {
    val io = async(Dispatchers.IO) { step() }
    val here = async { step() }
    launch { delay(DELAY) }
    withContext(Dispatchers.Default) { step() } + io.await() + here.await()
  }

  @TracedSpan
  suspend fun throughUnannotated(): Int {
    delay(5)
    return unannotated() + step()
  }

  suspend fun unannotated(): Int {
    delay(5)
    return step()
  }

  /** Its last step is another suspend call: kotlinc passes it the caller's continuation. */
  @TracedSpan
  suspend fun tail(): Int = step()

  @TracedSpan
  suspend fun neverSuspends(@SpanAttribute x: Int): Int = x + 1

  @TracedSpan
  suspend fun many(@SpanAttribute a: String, b: Int, c: Int, @SpanAttribute d: String): String {
    delay(5)
    return a + (b + c) + d
  }

  @TracedSpan
  suspend fun waitsForever() {
    delay(60_000)
  }

  @TracedSpan
  fun numbers(): Flow<Int> = flow {
    for (i in 1..3) {
      delay(10)
      emit(step() + i)
    }
  }

  @TracedSpan
  fun find(id: AccountId): String = id.value

  /** Calls itself: each call is a span of its own, the child of the call that made it. */
  @TracedSpan
  suspend fun descend(@SpanAttribute depth: Int): Int {
    if (depth == 0) {
      return 0
    }
    delay(1)
    return 1 + descend(depth - 1)
  }

  /** Calls itself before it suspends (the inner call runs inside the outer's first step). */
  @TracedSpan
  suspend fun descendThenSuspend(@SpanAttribute depth: Int): Int {
    val below = if (depth == 0) 0 else 1 + descendThenSuspend(depth - 1)
    delay(1)
    return below
  }

  companion object {
    const val DELAY = 50L
  }
}

@JvmInline
value class AccountId(val value: String)

/** Class-level tracing: the functions, not the generated property accessors. */
@TracedSpan
class Account(val owner: String) {
  var balance: Long = 0

  fun deposit(amount: Long) {
    balance += amount
  }
}

/** kotlinc copies the annotation of an open suspend function onto its `work$suspendImpl`. */
open class OpenService {
  @TracedSpan
  open suspend fun work(@SpanAttribute id: String): Int {
    delay(5)
    return id.length
  }

  @TracedSpan
  open fun defaults(a: Int = 1, b: Int = 2): Int = a + b
}
