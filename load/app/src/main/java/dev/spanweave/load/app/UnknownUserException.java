package dev.spanweave.load.app;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such user: a 404 for the client, an error on the span. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownUserException extends RuntimeException {
  public UnknownUserException(String userId) {
    super("unknown user " + userId);
  }
}
