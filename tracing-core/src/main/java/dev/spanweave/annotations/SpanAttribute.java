package dev.spanweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
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
 * <p>Values are computed only when the span is sampled (recording).
 *
 * <p>Putting this annotation on a parameter of a method that is not traced is a compile-time error
 * (it would be ignored otherwise), under javac and under ajc.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SpanAttribute {

  /**
   * The attribute key. Empty (the default) means the parameter's name, which is read from the
   * class file's debug information: it works without the {@code -parameters} compiler flag as long
   * as classes are compiled with local variable tables (javac's default under Maven).
   *
   * @return the attribute key, or empty for the parameter's name
   */
  String value() default "";
}
