package dev.spanweave.load.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The service under load: examples-spring's social app. Whether spanweave traces it depends only on
 * the class path the runner starts it with (see {@code docs/production-load.md}); the settings of
 * each configuration arrive as command-line properties.
 */
@SpringBootApplication
public class LoadServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(LoadServiceApplication.class, args);
  }
}
