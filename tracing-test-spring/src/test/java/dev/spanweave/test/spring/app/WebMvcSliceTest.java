package dev.spanweave.test.spring.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.spanweave.spring.SpanweaveAutoConfiguration;
import dev.spanweave.test.SpanweaveExtension;
import dev.spanweave.test.SpanweaveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** A slice: the kit's SDK is installed as in a full context; spanweave's auto-configuration is imported. */
// tag::web-mvc-test[]
@WebMvcTest(GreetingController.class)
@Import(GreetingService.class)
@ImportAutoConfiguration(SpanweaveAutoConfiguration.class)
@SpanweaveTest
class WebMvcSliceTest {

  @Autowired MockMvc mvc;

  @Test
  void controllerAndService(SpanweaveExtension spans) throws Exception {
    mvc.perform(get("/greetings/ada")).andExpect(status().isOk());

    spans.assertTrace("""
        GreetingController.greet
        └─ compose-greeting
              app.greeting_length = 9
        """);
  }
}
// end::web-mvc-test[]
