package dev.spanweave.load;

/**
 * One configuration's figures. {@code exported}/{@code failed}: spans in the exporter's successful
 * and failed exports ({@code -1} without an exporter); {@code zipkinReceived}: spans Zipkin counted
 * ({@code -1} unless configuration 4); {@code dropped}: spans the batch processor dropped on a full
 * queue, from the SDK's own {@code processedSpans} metric ({@code droppedAtFixedRate}: those of
 * the open model); {@code rate}: the open model's arrival
 * rate, requests per second.
 */
record Result(Configuration configuration, double rate, GatlingRun.Stats warmup,
    GatlingRun.Stats closed, GatlingRun.Stats open, long heapStart, long heapEnd, long ended,
    long exported, long failed, long dropped, long droppedAtFixedRate, long zipkinReceived,
    long timers,
    boolean tracingSpring, boolean woven) {

  /** The spans the traffic should end: requests of each kind times its spans. */
  long expected() {
    long expected = 0;
    for (GatlingRun.Stats stats : java.util.List.of(warmup, closed, open)) {
      for (var kind : stats.requestsByName().entrySet()) {
        expected += kind.getValue() * configuration.spansPerRequest(kind.getKey());
      }
    }
    return expected;
  }

  long errors() {
    return warmup.ko() + closed.ko() + open.ko();
  }
}
