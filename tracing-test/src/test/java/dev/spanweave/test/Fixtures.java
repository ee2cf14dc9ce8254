package dev.spanweave.test;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs {@link Fixture} classes in a nested Jupiter engine and reports how each test ended. */
final class Fixtures {

  static final String PARAMETER = "spanweave.test.fixtures";

  private Fixtures() {}

  /** The finished tests of {@code fixture}. */
  static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(PARAMETER, "run")
        .selectors(selectClass(fixture))
        .execute()
        .testEvents()
        .finished();
  }

  /** Each finished test of {@code fixture} by method name, with its failure or {@code null}. */
  static Map<String, Throwable> outcomes(Class<?> fixture) {
    Map<String, Throwable> outcomes = new LinkedHashMap<>();
    for (Event event : run(fixture).list()) {
      TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
      String name = event.getTestDescriptor().getLegacyReportingName().replaceAll("\\(.*", "");
      outcomes.put(name, result.getThrowable().orElse(null));
    }
    return outcomes;
  }
}
