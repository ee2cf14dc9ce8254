package dev.spanweave.examples.social;

/** A user id nobody has: part of the API's contract, not a failure of the service. */
public class UnknownUserException extends RuntimeException {
  public UnknownUserException(String userId) {
    super("no user " + userId);
  }
}
