package dev.spanweave.internal;

/**
 * What one method's annotation asks of the optional features, plus the names they use; kept so
 * that the method's {@link CallObserver} can be composed again when a global setting changes.
 *
 * @param slowThresholdMillis the method's own slow-call threshold, -1 for the global one
 * @param timerName the method's own timer name, empty for the global one
 * @param histogram whether the method's timer publishes a histogram whatever the global setting
 * @param arguments the arguments its span log line shows, null when it did not opt in
 */
record MethodFeatures(
    String className,
    String methodName,
    String functionName,
    String spanName,
    boolean async,
    long slowThresholdMillis,
    String timerName,
    boolean histogram,
    LoggedArguments arguments) {}
