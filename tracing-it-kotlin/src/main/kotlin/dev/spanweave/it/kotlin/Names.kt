package dev.spanweave.it.kotlin

import dev.spanweave.annotations.SpanAttribute
import dev.spanweave.annotations.TracedSpan

/** Functions that kotlinc puts in classes of its own: a file facade, a companion, an object. */
@TracedSpan
fun doubled(@SpanAttribute("n") n: Int): Int = n * 2

class Settlement {
  companion object {
    @JvmStatic
    @TracedSpan
    fun settle(@SpanAttribute("settlement.id") id: Long): Long = id + 1

    @TracedSpan
    fun preview(id: Long): Long = id
  }
}

object Audit {
  @TracedSpan
  fun record(@SpanAttribute("audit.event") event: String): Int = event.length
}
