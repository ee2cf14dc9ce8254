package dev.spanweave.examples.kotlin

import dev.spanweave.Spanweave
import io.opentelemetry.api.common.AttributeKey
import io.opentelemetry.api.common.Attributes
import io.opentelemetry.api.trace.StatusCode
import io.opentelemetry.sdk.OpenTelemetrySdk
import io.opentelemetry.sdk.resources.Resource
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter
import io.opentelemetry.sdk.trace.SdkTracerProvider
import io.opentelemetry.sdk.trace.data.SpanData
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.runBlocking

/**
 * Runs a few requests against the coroutine social app and prints the finished spans as one tree
 * per request: `./mvnw -q -Pdemo package -pl examples-kotlin -am`.
 */
fun main() {
  val spans = InMemorySpanExporter.create()
  val tracerProvider = SdkTracerProvider.builder()
      .setResource(Resource.getDefault().merge(Resource.create(
          Attributes.of(AttributeKey.stringKey("service.name"), "social-app-kotlin-demo"))))
      .addSpanProcessor(SimpleSpanProcessor.create(spans))
      .build()
  Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build())

  val store = ActivityStore()
  val app = SocialApp(store)
  runBlocking {
    val ada = app.homePage("u-1")
    println("home page of ${ada.userName}: ${ada.feed.size} activities, ${ada.notifications.size} notifications")
    val grace = app.homePage("u-2")
    println("home page of ${grace.userName}: ${grace.feed.size} activities, ${grace.notifications.size} notifications (store timed out)")
    try {
      app.homePage("u-404")
    } catch (expected: UnknownUserException) {
      println("u-404: ${expected.message}")
    }
    println("streamed ${store.stream("u-1").count()} activities")
  }

  tracerProvider.forceFlush()
  println()
  print(renderTrees(spans.finishedSpanItems))
  tracerProvider.close()
}

/** One indented tree per trace, children under their parents, for a terminal. */
fun renderTrees(spans: List<SpanData>): String {
  val out = StringBuilder()
  spans.sortedBy { it.startEpochNanos }.groupBy { it.traceId }.forEach { (traceId, trace) ->
    out.append("trace ").append(traceId).append('\n')
    val ids = trace.map { it.spanId }.toSet()
    trace.filter { it.parentSpanId !in ids }.forEach { render(it, trace, "", true, out) }
    out.append('\n')
  }
  return out.toString()
}

private fun render(span: SpanData, all: List<SpanData>, indent: String, last: Boolean, out: StringBuilder) {
  val childIndent = indent + if (last) "   " else "│  "
  val status = when (span.status.statusCode) {
    StatusCode.ERROR -> "ERROR"
    StatusCode.OK -> "OK"
    else -> "UNSET"
  }
  out.append(indent).append(if (last) "└─ " else "├─ ").append(span.name)
      .append("  [").append(span.kind).append(", ")
      .append(String.format("%.1f ms", (span.endEpochNanos - span.startEpochNanos) / 1e6))
      .append(", ").append(status).append("]\n")
  span.attributes.forEach { key, value ->
    if (!key.key.startsWith("code.")) {
      out.append(childIndent).append("   ").append(key.key).append(" = ").append(value).append('\n')
    }
  }
  span.events.forEach { event ->
    out.append(childIndent).append("   event ").append(event.name).append(": ")
        .append(event.attributes.get(AttributeKey.stringKey("exception.type"))).append(' ')
        .append(event.attributes.get(AttributeKey.stringKey("exception.message"))).append('\n')
  }
  val children = all.filter { it.parentSpanId == span.spanId }
  children.forEachIndexed { i, child -> render(child, all, childIndent, i == children.size - 1, out) }
}
