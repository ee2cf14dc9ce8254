package dev.spanweave.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a test class with the {@link SpanweaveExtension}; test and lifecycle methods get it as a
 * parameter:
 *
 * <pre>{@code
 * @SpanweaveTest
 * class CheckoutTest {
 *   @Test
 *   void recordsTheOrder(SpanweaveExtension spans) {
 *     new Checkout().placeOrder("o-1");
 *     spans.assertSpan("Checkout.placeOrder").hasAttribute(AttributeKey.stringKey("order"), "o-1");
 *   }
 * }
 * }</pre>
 *
 * The same as registering {@code SpanweaveExtension.create()} (or {@code .lenient()} with {@code
 * strict = false}, {@code .withTestClock()} with {@code testClock = true}) in a static {@code
 * @RegisterExtension} field. Test classes using it do not run
 * in parallel with each other, since the OpenTelemetry instance they install is global.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SpanweaveExtension.class)
@ResourceLock(SpanweaveExtension.RESOURCE_LOCK)
public @interface SpanweaveTest {

  /**
   * Whether strict mode is on (the default): a test fails when it writes to an ended span, leaves
   * a span open or leaves a Context current. See {@link SpanweaveExtension}.
   *
   * @return whether strict mode is on
   */
  boolean strict() default true;

  /**
   * Whether span times come from a clock each test moves by hand ({@link
   * SpanweaveExtension#clock()}), as with {@link SpanweaveExtension#withTestClock()}.
   *
   * @return whether each test gets a clock of its own
   */
  boolean testClock() default false;
}
