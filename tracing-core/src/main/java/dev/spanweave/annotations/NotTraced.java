package dev.spanweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves a public method of a {@link TracedSpan}-annotated type untraced: no span, no attributes,
 * whichever way the type is woven or proxied (the AspectJ aspect does not weave it, the Spring
 * interceptor does not proxy it).
 *
 * <pre>{@code
 * @TracedSpan
 * public class OwnerController {
 *   public Owner show(int id) { ... }          // traced
 *   @NotTraced
 *   public String health() { ... }             // not traced
 * }
 * }</pre>
 *
 * <p>It only undoes the type-level annotation: a method that carries {@code @TracedSpan} (or
 * OpenTelemetry's {@code @WithSpan}) itself is traced, and putting both on one method is
 * contradictory. Spring MVC's {@code @InitBinder}, {@code @ModelAttribute} and
 * {@code @ExceptionHandler} methods need no {@code @NotTraced}: a type-level {@code @TracedSpan}
 * leaves them out (see docs/annotations.md, "Which methods are traced").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotTraced {}
