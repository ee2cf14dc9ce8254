// tag::notifications[]
package com.example;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.List;

public class Notifications {

  @TracedSpan("home-notifications-mock-data")
  public List<String> run(@SpanAttribute("app.user_name") String user) {
    return List.of("Welcome back, " + user);
  }
}
// end::notifications[]
