package dev.spanweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link SpanAttribute} annotations, which the compiler writes for {@code
 * @SpanAttribute(value = "order.id", path = "id") @SpanAttribute(value = "order.total", path =
 * "total") Order order}; not written by hand.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD,
    ElementType.METHOD})
public @interface SpanAttributes {

  /**
   * The repeated annotations, in source order.
   *
   * @return the repeated annotations
   */
  SpanAttribute[] value();
}
