package dev.spanweave.internal;

/** Picks the {@link ReturnHandler} for a declared return type. */
final class ReturnHandlers {

  private ReturnHandlers() {}

  static ReturnHandler forType(Class<?> returnType) {
    // Asynchronous return types plug in here; everything else ends at return.
    return ReturnHandler.SYNCHRONOUS;
  }
}
