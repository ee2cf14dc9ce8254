package dev.spanweave.internal.paths;

import dev.spanweave.annotations.SpanAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * What one recorded value (an argument or a result) becomes, decided once when its method is
 * described: the value itself, the member a path names, or the annotated members of its type.
 *
 * <p>Key rules for annotated types: a key given on the member is used as is; an empty one becomes
 * the value's own key, a dot and the member's name ({@code order} and {@code id}: {@code
 * order.id}). Members are not expanded further: a member of an annotated type is recorded with the
 * typed mapping, so a cycle of types cannot recurse.
 */
public final class AttributePaths {

  private AttributePaths() {}

  /**
   * One attribute to record.
   *
   * @param key the attribute key
   * @param names the parameter's name and the member names read, dotted, for the redaction pattern
   *     (null when there are none)
   * @param path what is read from the value, null for the value itself
   * @param type the declared type of what is recorded
   * @param redaction the annotation's redaction setting
   */
  public record PathAttribute(String key, String names, ValuePath path, Class<?> type,
      SpanAttribute.Redaction redaction) {}

  /**
   * The attributes of a value of {@code declaredType} recorded under {@code key}.
   *
   * @param name the parameter's name, null for a result
   * @param path the annotation's path, empty for none
   * @throws IllegalArgumentException when the path does not resolve
   * @throws IllegalAccessException when a member cannot be read
   */
  public static List<PathAttribute> of(String key, String name, Class<?> declaredType,
      String path, SpanAttribute.Redaction redaction) throws IllegalAccessException {
    ValuePath valuePath = path.isEmpty() ? null : ValuePath.resolve(declaredType, path);
    Class<?> type = valuePath == null ? declaredType : valuePath.type();
    String names = join(name, valuePath == null ? null : String.join(".", valuePath.names()));
    List<AnnotatedMembers.Annotated> members = AnnotatedMembers.of(type);
    if (members.isEmpty()) {
      return List.of(new PathAttribute(key, names, valuePath, type, redaction));
    }
    List<PathAttribute> attributes = new ArrayList<>(members.size());
    for (AnnotatedMembers.Annotated member : members) {
      attributes.add(new PathAttribute(
          member.key().isEmpty() ? key + "." + member.name() : member.key(),
          join(names, member.name()),
          valuePath == null ? member.path() : valuePath.then(member.path()),
          member.path().type(),
          member.redaction() != SpanAttribute.Redaction.BY_PATTERN ? member.redaction()
              : redaction));
    }
    return attributes;
  }

  private static String join(String first, String second) {
    return first == null ? second : second == null ? first : first + "." + second;
  }
}
