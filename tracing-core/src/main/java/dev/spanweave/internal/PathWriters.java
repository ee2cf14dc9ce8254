package dev.spanweave.internal;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.internal.paths.AttributePaths;
import dev.spanweave.internal.paths.ValuePath;
import io.opentelemetry.api.trace.Span;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;

/**
 * The writers of values recorded from inside objects ({@code path}, annotated types; see {@link
 * dev.spanweave.internal.paths}): the adapter between what the paths package resolves once and
 * {@link AttributeWriter}, which records.
 */
final class PathWriters {

  private PathWriters() {}

  /**
   * The writers of a value of {@code declaredType} recorded under {@code key}: one for a plain
   * value (exactly {@link AttributeWriter#forValue}), one per attribute otherwise.
   */
  static List<AttributeWriter> forValue(String key, String name, Class<?> declaredType,
      String path, SpanAttribute.Redaction redaction, String functionName)
      throws IllegalAccessException {
    List<AttributePaths.PathAttribute> attributes =
        AttributePaths.of(key, name, declaredType, path, redaction);
    return attributes.stream().map(a -> writer(a, functionName)).toList();
  }

  private static AttributeWriter writer(AttributePaths.PathAttribute attribute,
      String functionName) {
    AttributeWriter.Redaction redaction = switch (attribute.redaction()) {
      case BY_PATTERN -> AttributeWriter.Redaction.BY_PATTERN;
      case NEVER -> AttributeWriter.Redaction.NEVER;
      case ALWAYS -> AttributeWriter.Redaction.ALWAYS;
    };
    AttributeWriter plain = AttributeWriter.forValue(attribute.key(), attribute.names(),
        attribute.type(), redaction);
    // a redacted member is never read: the writer records the marker for any non-null value
    return attribute.path() == null || plain.kind() == ValueKind.REDACTED ? plain
        : new Reading(attribute.key(), plain.kind(), attribute.path(), functionName);
  }

  /** One writer for several, where a single one is expected (the result's). */
  static AttributeWriter all(String key, List<AttributeWriter> writers) {
    return new All(key, writers.toArray(new AttributeWriter[0]));
  }

  private static final class All extends AttributeWriter {
    private final AttributeWriter[] writers;

    All(String key, AttributeWriter[] writers) {
      super(key, ValueKind.DYNAMIC);
      this.writers = writers;
    }

    @Override
    void write(Span span, Object value) {
      for (AttributeWriter writer : writers) {
        writer.write(span, value);
      }
    }
  }

  /** Reads the member, then writes it as a plain value; a getter that throws is contained. */
  private static final class Reading extends AttributeWriter {
    private final ValuePath path;
    private final String problemKind;
    private final String functionName;

    Reading(String key, ValueKind kind, ValuePath path, String functionName) {
      super(key, kind);
      this.path = path;
      this.functionName = functionName;
      this.problemKind = "path:" + functionName + ":" + key;
    }

    @Override
    void write(Span span, Object root) {
      if (root == null) {
        return;
      }
      Object value;
      try {
        value = path.read(root);
      } catch (StackOverflowError tooDeep) {
        throw tooDeep; // the caller knows what to do without stack
      } catch (Throwable problem) {
        Problems.report(problemKind, "could not read '" + path + "' for attribute '" + name()
            + "' of " + functionName + " (" + problem + "); no attribute, the call is not"
            + " affected", problem instanceof UndeclaredThrowableException u ? u.getCause()
            : problem);
        return;
      }
      super.write(span, value);
    }
  }
}
