package dev.spanweave.internal;

/**
 * The arguments a method opted in to log in its span log line ({@code @TracedSpan(logArguments =
 * true)}): its {@code @SpanAttribute} parameters, rendered by {@link LoggedValues#render} as
 * {@code key=value} pairs when the call starts.
 */
final class LoggedArguments {

  private final int[] indexes;
  private final AttributeWriter[] writers;

  LoggedArguments(int[] indexes, AttributeWriter[] writers) {
    this.indexes = indexes.clone();
    this.writers = writers.clone();
  }

  /** As {@link MethodTrace}: {@code args} wins when given, else the first three one by one. */
  String render(Object arg0, Object arg1, Object arg2, Object[] args) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < writers.length; i++) {
      int index = indexes[i];
      Object value = args != null ? (index < args.length ? args[index] : null)
          : index == 0 ? arg0 : index == 1 ? arg1 : index == 2 ? arg2 : null;
      String rendered;
      try {
        rendered = LoggedValues.render(writers[i], value);
      } catch (Throwable problem) {
        rendered = "?";
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(writers[i].name()).append('=').append(rendered);
    }
    return line.toString();
  }
}
