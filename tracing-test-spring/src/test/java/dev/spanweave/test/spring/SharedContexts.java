package dev.spanweave.test.spring;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** The application contexts the kit's Spring test classes ran in. */
final class SharedContexts {

  static final Set<ApplicationContext> SEEN =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  private SharedContexts() {}
}
