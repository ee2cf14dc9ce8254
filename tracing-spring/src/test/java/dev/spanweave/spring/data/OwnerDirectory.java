package dev.spanweave.spring.data;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service layer between the controller and the repository. */
@Service
@TracedSpan
public class OwnerDirectory {

  private final OwnerRepository owners;

  public OwnerDirectory(OwnerRepository owners) {
    this.owners = owners;
  }

  @Transactional(readOnly = true)
  public List<Owner> search(@SpanAttribute("petclinic.last_name") String lastName) {
    return owners.findByLastNameStartingWith(lastName);
  }
}
