package dev.spanweave.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The social-app backend as a Spring Boot application. Nothing spanweave-specific here: the
 * {@code tracing-spring} dependency traces the annotated beans and sends the spans to the
 * {@code OpenTelemetry} bean of Spring Boot's OpenTelemetry starter.
 */
@SpringBootApplication
public class SocialApplication {

  public static void main(String[] args) {
    SpringApplication.run(SocialApplication.class, args);
  }
}
