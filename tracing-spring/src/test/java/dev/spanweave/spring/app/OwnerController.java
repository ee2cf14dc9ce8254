package dev.spanweave.spring.app;

import dev.spanweave.annotations.NotTraced;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A controller traced as a whole, with the MVC callbacks that gave extra root spans. */
@RestController
@TracedSpan
public class OwnerController {

  private final OwnerService owners;

  public OwnerController(OwnerService owners) {
    this.owners = owners;
  }

  @InitBinder
  public void setAllowedFields(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @ModelAttribute("greeting")
  public String greeting() {
    return "hello";
  }

  @GetMapping("/owners/{ownerId}")
  public Owner show(@PathVariable("ownerId") @SpanAttribute("app.owner_id") int ownerId) {
    return owners.find(ownerId);
  }

  @GetMapping("/health")
  @NotTraced
  public String health() {
    return "ok";
  }
}
