package dev.spanweave.spring.data;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// tag::repository[]
/** Every call of the repository traced, inherited ones (findById, save...) included. */
@TracedSpan
public interface OwnerRepository extends JpaRepository<Owner, Integer> {

  List<Owner> findByLastNameStartingWith(@SpanAttribute("petclinic.last_name") String lastName);

  @Query("select count(o) from Owner o where o.lastName = :lastName")
  long countNamed(@SpanAttribute @Param("lastName") String lastName);

  default boolean anyNamed(@SpanAttribute("petclinic.last_name") String lastName) {
    return countNamed(lastName) > 0;
  }
}
// end::repository[]
