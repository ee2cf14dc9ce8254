package dev.spanweave.test.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small web application: an HTTP endpoint, a controller and a service, each traced. */
@SpringBootApplication
public class GreetingApplication {}
