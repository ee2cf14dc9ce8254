package dev.spanweave.examples.paths;

/** A customer as a plain class with getters: attribute paths read it through them. */
// tag::customer[]
public class Customer {
  private final long id;
  private final boolean premium;
  private final String sessionToken;

  public Customer(long id, boolean premium, String sessionToken) {
    this.id = id;
    this.premium = premium;
    this.sessionToken = sessionToken;
  }

  public long getId() {
    return id;
  }

  public boolean isPremium() {
    return premium;
  }

  public String getSessionToken() {
    return sessionToken;
  }
}
// end::customer[]
