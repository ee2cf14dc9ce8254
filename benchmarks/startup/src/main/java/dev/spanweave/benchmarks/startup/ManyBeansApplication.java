package dev.spanweave.benchmarks.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application of a few hundred beans written by the build's generator (package
 * {@code beans}), three of them with traced methods: the context whose start-up {@code
 * benchmarks/startup.sh} times with spanweave on, off and absent.
 */
@SpringBootApplication
public class ManyBeansApplication {

  public static void main(String[] args) {
    SpringApplication.run(ManyBeansApplication.class, args);
  }
}
