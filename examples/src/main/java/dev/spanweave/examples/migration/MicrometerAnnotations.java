package dev.spanweave.examples.migration;

import io.micrometer.core.annotation.Timed;
import io.micrometer.observation.annotation.Observed;
import java.util.List;

/**
 * Code written for Micrometer's {@code @Observed} and {@code @Timed} aspects (docs/migration),
 * compiled here against micrometer-observation and micrometer-core. spanweave does not read these
 * annotations: without Micrometer's aspects they do nothing.
 */
public class MicrometerAnnotations {

  // tag::before[]
  @Observed(name = "checkout.lookup", contextualName = "checkout.lookup")
  public List<String> lookUp(String customerId) {
    return List.of(customerId + "-o1", customerId + "-o2");
  }

  @Timed(value = "checkout.lookup", histogram = true)
  public List<String> lookUpTimed(String customerId) {
    return List.of(customerId + "-o1", customerId + "-o2");
  }
  // end::before[]
}
