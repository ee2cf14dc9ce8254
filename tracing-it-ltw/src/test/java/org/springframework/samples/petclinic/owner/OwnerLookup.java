package org.springframework.samples.petclinic.owner;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;

/** An application class whose package starts like Spring's, as PetClinic's do. */
public class OwnerLookup {

  @TracedSpan
  public String find(@SpanAttribute("petclinic.owner_id") int ownerId) {
    return name(ownerId);
  }

  @TracedSpan
  private String name(int ownerId) {
    return "owner " + ownerId;
  }
}
