package dev.spanweave.load.handwritten;

import dev.spanweave.examples.spring.ActivityStore;
import dev.spanweave.load.app.LoadServiceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Configuration 8 of the load run: the social app with the spans spanweave gives it in
 * configuration 2 written by hand, and no spanweave on the class path. Its controller and services
 * are this package's; the store is examples-spring's, imported alone: scanning examples-spring's
 * package would also register its annotated controller, and two handlers for one path stop the
 * start-up. The runner's probes come with {@link LoadServiceApplication}, as in every other
 * configuration.
 */
@SpringBootApplication
@Import({ActivityStore.class, LoadServiceApplication.class})
public class HandwrittenApplication {

  /** The instrumentation scope of the hand-written spans. */
  static final String INSTRUMENTATION_SCOPE = "dev.spanweave.load.handwritten";

  public static void main(String[] args) {
    SpringApplication.run(HandwrittenApplication.class, args);
  }
}
