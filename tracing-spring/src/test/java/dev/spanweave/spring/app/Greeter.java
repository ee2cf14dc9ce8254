package dev.spanweave.spring.app;

/** An interface, for JDK-proxy tests. */
public interface Greeter {
  String greet(String name);
}
