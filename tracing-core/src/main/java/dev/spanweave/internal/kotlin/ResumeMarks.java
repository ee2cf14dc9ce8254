package dev.spanweave.internal.kotlin;

import dev.spanweave.internal.Problems;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Tells a resume of a suspend function from a new call that it makes to itself. Both get a
 * continuation of the function's own state machine, whose caller is the same traced call; what
 * differs is the state machine's {@code label}: kotlinc's {@code invokeSuspend} sets its sign bit
 * just before it calls the function again to resume it, and the function clears it on entry, so a
 * recursive call (made from inside the function) sees it clear.
 *
 * <p>Read through a getter found once per state-machine class, and only when the continuation's
 * caller is the same method's traced call: a call without recursion or suspension never gets here.
 */
final class ResumeMarks {

  private static final MethodType GETTER = MethodType.methodType(int.class, Object.class);

  /** The label getter of each state-machine class; null where there is none to read. */
  private static final ClassValue<MethodHandle> LABELS = new ClassValue<>() {
    @Override
    protected MethodHandle computeValue(Class<?> type) {
      try {
        return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
            .findGetter(type, "label", int.class)
            .asType(GETTER);
      } catch (NoSuchFieldException notAStateMachine) {
        return null;
      } catch (ReflectiveOperationException | RuntimeException notReadable) {
        Problems.notice("kotlin-label:" + type.getName(), "cannot read the state of "
            + type.getName() + " (" + notReadable + "): a traced suspend function that calls"
            + " itself gets no span for the inner calls");
        return null;
      }
    }
  };

  private ResumeMarks() {}

  /**
   * Whether {@code continuation}, a state machine whose caller is the method's own traced call,
   * comes to resume that call; true also when its state cannot be read (as before recursion was
   * told apart: the call then only makes the span current again).
   */
  static boolean resuming(Object continuation) {
    MethodHandle label = LABELS.get(continuation.getClass());
    if (label == null) {
      return true;
    }
    try {
      return (int) label.invokeExact(continuation) < 0;
    } catch (Throwable notReadable) {
      return true;
    }
  }
}
