package dev.spanweave.spring.data;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.internal.Woven;
import java.util.List;
import org.springframework.data.repository.CrudRepository;

/** Only the annotated method is traced; the other calls (save, findAll...) are not. */
public interface PetRepository extends CrudRepository<Pet, Integer> {

  @TracedSpan("pets.by_name")
  List<Pet> findByName(@SpanAttribute("petclinic.pet_name") String name);

  /**
   * As compile-time weaving leaves it: the aspect marks annotated interface methods too, but an
   * abstract method has no woven body, so the proxy must still trace it.
   */
  @TracedSpan
  @Woven
  List<Pet> findByNameStartingWith(String prefix);

  /** A default method the aspect wove: its woven body traces it, the proxy must not. */
  @TracedSpan
  @Woven
  default String woven() {
    return "woven";
  }
}
