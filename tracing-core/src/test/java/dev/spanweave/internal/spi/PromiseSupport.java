package dev.spanweave.internal.spi;

import dev.spanweave.spi.AsyncCompletion;
import dev.spanweave.spi.AsyncResultSupport;

/** The README's SPI example, registered in META-INF/services for the tests. */
public final class PromiseSupport implements AsyncResultSupport {

  @Override
  public boolean supports(Class<?> declaredReturnType) {
    return Promise.class.isAssignableFrom(declaredReturnType);
  }

  @Override
  public Object onReturn(Object returned, AsyncCompletion completion) {
    ((Promise<?>) returned).onDone((value, error) -> {
      if (error == null) {
        completion.succeeded(value);
      } else {
        completion.failed(error);
      }
    });
    return returned;
  }
}
