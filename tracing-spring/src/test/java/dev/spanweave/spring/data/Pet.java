package dev.spanweave.spring.data;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A second entity, whose repository traces one method only. */
@Entity
public class Pet {

  @Id @GeneratedValue private Integer id;

  private String name;

  protected Pet() {}

  public Pet(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }
}
