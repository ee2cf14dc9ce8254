package dev.spanweave.examples.social;

import java.util.List;

/** What the home screen shows. */
public record HomePage(String userName, List<Activity> feed, List<Activity> notifications) {}
