// tag::support[]
package dev.spanweave.examples.async;

import dev.spanweave.spi.AsyncCompletion;
import dev.spanweave.spi.AsyncResultSupport;

/** Teaches spanweave the {@link Promise} type: a traced method's span ends when it completes. */
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
// end::support[]
