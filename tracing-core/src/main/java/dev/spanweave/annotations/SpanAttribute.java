package dev.spanweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records a parameter of a {@link TracedSpan} method as an attribute of the method's span.
 *
 * <p>Typed mapping: {@code boolean} becomes a BOOLEAN attribute; {@code byte}, {@code short},
 * {@code int}, {@code long} and their wrappers a LONG; {@code float} and {@code double} a DOUBLE;
 * {@link String}, {@link CharSequence} and enums a STRING; arrays and collections of those the
 * matching array type; anything else its {@code toString()}. A {@code null} argument records no
 * attribute. A {@code toString()} that throws records no attribute and never affects the call.
 *
 * <p>Values are computed only when the span is sampled (recording). Strings are cut to a length
 * cap (4096 characters unless configured, see {@code dev.spanweave.Spanweave#maxValueLength}),
 * arrays and collections to their first 128 elements; a {@code null} element is recorded as
 * {@code "null"}.
 *
 * <p>Secrets are redacted by default: when the key or the parameter's name matches the redaction
 * pattern (password, secret, token, api key, authorization, cookie, credential, session and the
 * like, see {@code dev.spanweave.Spanweave#redactKeys}), the attribute's value is {@code
 * [REDACTED]} and the argument is never read. {@link #redaction()} overrides that per parameter.
 *
 * <p>Putting this annotation on a parameter of a method that is not traced is a compile-time error
 * (it would be ignored otherwise), under javac and under ajc.
 *
 * <p><b>From inside objects.</b> {@link #path()} records a member of the argument instead of the
 * argument ({@code @SpanAttribute(value = "order.customer_id", path = "customer.id") Order order});
 * the annotation is repeatable, one attribute per annotation. On a record component, a field or a
 * getter of the application's own type, it says which members to record whenever a value of that
 * type is a recorded argument or result: a key given there is used as is, an empty one becomes the
 * argument's key, a dot and the member's name. Paths are resolved once per method, and a path
 * that does not resolve on the parameter's declared type fails the build. See {@code
 * docs/attribute-paths.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD,
    ElementType.METHOD})
@Repeatable(SpanAttributes.class)
public @interface SpanAttribute {

  /**
   * The attribute key. Empty (the default) means the parameter's name, which is read from the
   * class file's debug information: it works without the {@code -parameters} compiler flag as long
   * as classes are compiled with local variable tables (javac's default under Maven).
   *
   * @return the attribute key, or empty for the parameter's name
   */
  String value() default "";

  /**
   * The member of the value to record instead of the value itself: names separated by dots, each
   * a record component, a public getter ({@code getX()}, {@code isX()}), a public field or a public
   * method without parameters ({@code "customer.id"} reads {@code order.getCustomer().getId()} or
   * {@code order.customer().id()}). A {@code null} anywhere on the path records no attribute.
   * Empty (the default) records the value itself. Only on parameters (on a member it is a
   * compile-time error).
   *
   * @return the path of the recorded member, or empty for the value itself
   */
  String path() default "";

  /**
   * Whether the value is replaced by {@code [REDACTED]}: by default when the key or the
   * parameter's name matches the redaction pattern; {@link Redaction#NEVER} records a value that
   * only looks secret (a {@code tokenCount}), {@link Redaction#ALWAYS} hides one that does not.
   *
   * @return when the recorded value is redacted
   */
  Redaction redaction() default Redaction.BY_PATTERN;

  /** Whether a recorded value is replaced by {@code [REDACTED]}. */
  enum Redaction {
    /** Redacted when the key or the parameter's name matches the redaction pattern. */
    BY_PATTERN,
    /** Never redacted: the value is recorded whatever its key. */
    NEVER,
    /** Always redacted: the value is never read. */
    ALWAYS
  }
}
