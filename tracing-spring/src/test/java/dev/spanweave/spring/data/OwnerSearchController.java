package dev.spanweave.spring.data;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The controller on top. */
@RestController
@TracedSpan
public class OwnerSearchController {

  private final OwnerDirectory directory;

  public OwnerSearchController(OwnerDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/owners")
  public List<String> find(@RequestParam("lastName") @SpanAttribute("petclinic.query") String q) {
    return directory.search(q).stream().map(Owner::getLastName).toList();
  }
}
