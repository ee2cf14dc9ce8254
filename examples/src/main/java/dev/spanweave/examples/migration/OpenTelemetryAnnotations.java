package dev.spanweave.examples.migration;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.AddingSpanAttributes;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;

/**
 * Code written for OpenTelemetry's Java agent or Spring Boot starter (docs/migration): spanweave
 * honours these annotations as they are, so this class is traced in this woven module unchanged.
 */
public class OpenTelemetryAnnotations {

  // tag::before[]
  @WithSpan(value = "checkout.place", kind = SpanKind.INTERNAL)
  public String place(@SpanAttribute("app.order_id") String orderId,
      @SpanAttribute("app.items") int items) {
    return orderId + ":" + items;
  }

  @AddingSpanAttributes
  public void audit(@SpanAttribute("app.auditor") String auditor) {
    // no span of its own: app.auditor lands on the caller's span
  }
  // end::before[]
}
