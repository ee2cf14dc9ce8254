package dev.spanweave.spring.reactive;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A WebFlux application: a traced controller and service returning Mono, a WebClient call. */
@SpringBootApplication
public class QuotesApplication {}
