package dev.spanweave.test.spring;

import dev.spanweave.test.SpanweaveExtension;
import dev.spanweave.test.SpanweaveTest;
import java.lang.reflect.Field;
import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives the test kit's SDK to the application context of every Spring test that uses the kit: a
 * class annotated {@link SpanweaveTest} (or an enclosing class of it), or one that registers a
 * {@link SpanweaveExtension} in a field. Registered in {@code META-INF/spring.factories}, as
 * Spring's own {@code @MockitoBean} support is, so that contexts are cached by configuration.
 */
public final class CapturedSpansCustomizerFactory implements ContextCustomizerFactory {

  /** Created by Spring's test framework, which finds this class in {@code spring.factories}. */
  public CapturedSpansCustomizerFactory() {}

  /**
   * The customizer that installs the kit's SDK, for a test class that uses the kit.
   *
   * @param testClass the test class
   * @param configAttributes its context configuration (not needed)
   * @return the customizer, or {@code null} for a test class that does not use the kit
   */
  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return usesTheKit(testClass) ? new CapturedSpansCustomizer() : null;
  }

  static boolean usesTheKit(Class<?> testClass) {
    for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
      if (MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY)
          .isPresent(SpanweaveTest.class)) {
        return true;
      }
      for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
        for (Field field : declaring.getDeclaredFields()) {
          if (SpanweaveExtension.class.isAssignableFrom(field.getType())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
