package dev.spanweave.benchmarks.paired;

/**
 * One fork's result.
 *
 * @param round the round it ran in, from 1
 * @param nanos ns/op, the mean of its measurement iterations
 * @param bytes B/op from the gc profiler
 * @param loadBefore the 1-minute load average when the fork started
 * @param loadAfter the 1-minute load average when it ended
 */
record Sample(Fork fork, int round, double nanos, double bytes, double loadBefore,
    double loadAfter) {}
