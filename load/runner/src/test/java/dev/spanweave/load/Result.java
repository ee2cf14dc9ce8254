package dev.spanweave.load;

/**
 * One configuration's figures. {@code exported}/{@code failed}: spans in the exporter's successful
 * and failed exports ({@code -1} without an exporter); {@code zipkinReceived}: spans Zipkin counted
 * ({@code -1} unless configuration 4); {@code dropped}: spans the batch processor dropped on a full
 * queue, from the SDK's own {@code processedSpans} metric; {@code rate}: the open model's arrival
 * rate, requests per second.
 */
record Result(Configuration configuration, double rate, GatlingRun.Stats closed, GatlingRun.Stats open,
    long warmupErrors, long heapStart, long heapEnd, long ended, long exported, long failed,
    long dropped, long zipkinReceived, long timers, boolean tracingSpring, boolean woven) {

  long errors() {
    return warmupErrors + closed.ko() + open.ko();
  }
}
