package dev.spanweave.load.app;

import java.time.Instant;

/** One entry of a user's home feed or notifications. */
public record Activity(String id, String userName, String kind, String text, Instant at) {}
