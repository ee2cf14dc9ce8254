package dev.spanweave.internal.paths;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Objects;

/**
 * A path such as {@code customer.id}, resolved on a declared type to one {@link MethodHandle}
 * {@code (Object)Object} that calls the getters in turn and stops at the first {@code null}: a call
 * pays the getter calls and nothing else.
 */
public final class ValuePath {

  private static final MethodHandle IS_NULL;
  private static final MethodHandle NULL;

  static {
    try {
      IS_NULL = MethodHandles.lookup().findStatic(Objects.class, "isNull",
          MethodType.methodType(boolean.class, Object.class));
      NULL = MethodHandles.dropArguments(MethodHandles.constant(Object.class, null), 0,
          Object.class);
    } catch (ReflectiveOperationException impossible) {
      throw new ExceptionInInitializerError(impossible);
    }
  }

  private final String text;
  private final List<String> names;
  private final Class<?> type;
  private final MethodHandle reader;

  private ValuePath(String text, List<String> names, Class<?> type, MethodHandle reader) {
    this.text = text;
    this.names = names;
    this.type = type;
    this.reader = reader;
  }

  /**
   * Resolves {@code path} on {@code root}.
   *
   * @throws IllegalArgumentException naming the type, the missing member and the closest names
   *     when a name does not resolve
   */
  public static ValuePath resolve(Class<?> root, String path) throws IllegalAccessException {
    List<String> names = List.of(path.split("\\.", -1));
    Class<?> owner = root;
    MethodHandle reader = null;
    for (String name : names) {
      Members.Member member = name.isEmpty() ? null : Members.find(owner, name);
      if (member == null) {
        throw new IllegalArgumentException(missing(owner, name, path));
      }
      MethodHandle step = member.getter().asType(MethodType.methodType(Object.class,
          Object.class));
      reader = reader == null ? step
          : MethodHandles.filterReturnValue(reader, MethodHandles.guardWithTest(IS_NULL, NULL,
              step));
      owner = member.type();
    }
    return new ValuePath(path, names, owner, reader);
  }

  /** One member, already found: how annotated types read their members. */
  static ValuePath of(Members.Member member) {
    return new ValuePath(member.name(), List.of(member.name()), member.type(),
        member.getter().asType(MethodType.methodType(Object.class, Object.class)));
  }

  /** This path followed by {@code next}, read from this path's type. */
  ValuePath then(ValuePath next) {
    List<String> joined = new java.util.ArrayList<>(names);
    joined.addAll(next.names);
    return new ValuePath(text + "." + next.text, List.copyOf(joined), next.type,
        MethodHandles.filterReturnValue(reader, MethodHandles.guardWithTest(IS_NULL, NULL,
            next.reader)));
  }

  /** The message of a name that does not resolve, as the build-time check words it. */
  static String missing(Class<?> owner, String name, String path) {
    return "path '" + path + "' does not resolve: " + owner.getName() + " has no member '"
        + name + "' (a record component, a public getter get" + Members.capitalized(name)
        + "()/is" + Members.capitalized(name) + "(), a public field or a public method "
        + name + "()); closest: " + ClosestNames.of(name, Members.names(owner));
  }

  /** The value at the end of the path, {@code null} when any step is; getters may throw. */
  public Object read(Object root) throws Throwable {
    return reader.invokeExact(root);
  }

  /** The declared type of the last member. */
  public Class<?> type() {
    return type;
  }

  /** The member names, in order. */
  public List<String> names() {
    return names;
  }

  @Override
  public String toString() {
    return text;
  }
}
