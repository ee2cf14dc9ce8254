package dev.spanweave.load.app;

import dev.spanweave.examples.spring.SocialApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The service under load: examples-spring's social app as it is ({@link SocialApplication}, its
 * classes and its {@code application.properties}), plus the runner's probes of this package.
 * Whether spanweave traces it depends only on the class path the runner starts it with (see
 * {@code docs/production-load.md}); the settings of each configuration arrive as command-line
 * properties.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class LoadServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(new Class<?>[] {SocialApplication.class, LoadServiceApplication.class},
        args);
  }
}
