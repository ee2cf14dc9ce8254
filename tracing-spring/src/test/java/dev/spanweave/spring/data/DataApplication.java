package dev.spanweave.spring.data;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Data JPA application on H2: controller, service, repositories. */
@SpringBootApplication
public class DataApplication {

  @Bean
  ApplicationRunner data(OwnerRepository owners, PetRepository pets) {
    return arguments -> {
      owners.save(new Owner("Franklin"));
      owners.save(new Owner("Davis"));
      pets.save(new Pet("Leo"));
    };
  }
}
