package org.springframework.samples.clinic;

import dev.spanweave.annotations.TracedSpan;

/**
 * An application's bean in a framework's namespace, as Spring PetClinic's classes are (in {@code
 * org.springframework.samples}): traced like any other.
 */
public class ClinicService {

  /** Traced. */
  @TracedSpan
  public String findOwner(String lastName) {
    return lastName;
  }
}
