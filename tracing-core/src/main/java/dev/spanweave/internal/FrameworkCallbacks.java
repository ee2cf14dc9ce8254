package dev.spanweave.internal;

import java.util.List;

/**
 * Framework callbacks that a type-level {@code @TracedSpan} leaves out: Spring MVC calls them
 * around the handler method (an {@code @InitBinder} once per bound argument), so tracing them gave
 * several root spans per request that say nothing about the application's own work. Named, not
 * referenced: tracing-core does not depend on Spring. This class refers to nothing but the JDK, so
 * that the build-time checks, which may run without OpenTelemetry on the processor path, share
 * the run-time list.
 */
public final class FrameworkCallbacks {

  /** The callbacks' annotation types, by binary name. */
  public static final List<String> ANNOTATIONS =
      List.of(
          "org.springframework.web.bind.annotation.InitBinder",
          "org.springframework.web.bind.annotation.ModelAttribute",
          "org.springframework.web.bind.annotation.ExceptionHandler");

  private FrameworkCallbacks() {}
}
