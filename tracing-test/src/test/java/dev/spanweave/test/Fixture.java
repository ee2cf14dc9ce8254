package dev.spanweave.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that exists to be run by {@link Fixtures#run} (several are meant to fail): skipped
 * everywhere else, for example when an IDE runs the whole package.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(Fixture.OnlyFromFixtures.class)
@interface Fixture {

  /** Enables fixtures only when {@link Fixtures#run} sets its configuration parameter. */
  final class OnlyFromFixtures implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      Optional<String> run = context.getConfigurationParameter(Fixtures.PARAMETER);
      return run.isPresent()
          ? ConditionEvaluationResult.enabled("run by Fixtures")
          : ConditionEvaluationResult.disabled("a fixture, run by Fixtures only");
    }
  }
}
