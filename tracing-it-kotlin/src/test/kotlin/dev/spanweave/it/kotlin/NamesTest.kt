package dev.spanweave.it.kotlin

import dev.spanweave.test.SpanweaveExtension
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension

/** The span names docs/kotlin.md gives for functions kotlinc puts in classes of its own. */
class NamesTest {

  companion object {
    @JvmField @RegisterExtension val spans: SpanweaveExtension = SpanweaveExtension.create()
  }

  @Test
  fun aTopLevelFunctionIsNamedAfterItsFileFacade() {
    assertThat(doubled(2)).isEqualTo(4)

    spans.assertTrace("""
        NamesKt.doubled
           n = 2
        """)
  }

  @Test
  fun companionFunctionsAreNamedAfterTheCompanionWithOneSpanPerCallEvenWhenJvmStatic() {
    assertThat(Settlement.settle(7)).isEqualTo(8)
    assertThat(Settlement.preview(7)).isEqualTo(7)

    assertThat(spans.spans()).extracting<String> { it.name }
        .containsExactly("Companion.settle", "Companion.preview")
    spans.assertSpan("Companion.settle").hasAttributesSatisfying({ attributes ->
      assertThat(attributes.asMap().mapKeys { it.key.key }).containsEntry("settlement.id", 7L)
    })
  }

  @Test
  fun anObjectsFunctionIsNamedAfterTheObject() {
    assertThat(Audit.record("login")).isEqualTo(5)

    spans.assertTrace("""
        Audit.record
           audit.event = login
        """)
  }
}
