package dev.spanweave.internal.paths;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * The build-time half of {@link ValuePath}: resolves a path on a declared type of the compilation,
 * by the rules of {@link Members}, so that a typo fails the build with the type, the missing
 * member and the closest names. Works on the compiler's model only (javac, ajc, Eclipse).
 */
public final class PathCheck {

  /** Asynchronous types whose completed value a result path reads (as the runtime does). */
  private static final Set<String> ASYNC = Set.of(
      "java.util.concurrent.CompletionStage",
      "java.util.concurrent.CompletableFuture",
      "reactor.core.publisher.Mono",
      "reactor.core.publisher.Flux");

  private PathCheck() {}

  /** Why {@code path} does not resolve on {@code root}, or null when it does. */
  public static String problem(TypeMirror root, String path) {
    TypeMirror owner = root;
    for (String name : path.split("\\.", -1)) {
      TypeMirror next = name.isEmpty() ? null : find(owner, name);
      if (next == null) {
        return "path '" + path + "' does not resolve: " + describe(owner) + " has no member '"
            + name + "' (a record component, a public getter get" + Members.capitalized(name)
            + "()/is" + Members.capitalized(name) + "(), a public field or a public method "
            + name + "()); closest: " + ClosestNames.of(name, names(owner));
      }
      owner = next;
    }
    return null;
  }

  /** The type a result path starts from: the completed value's for known asynchronous types. */
  public static TypeMirror resultType(TypeMirror returnType) {
    if (returnType instanceof DeclaredType declared && declared.getTypeArguments().size() == 1
        && declared.asElement() instanceof TypeElement type
        && ASYNC.contains(type.getQualifiedName().toString())) {
      return declared.getTypeArguments().get(0);
    }
    return returnType;
  }

  /** The member name a path uses for a method: {@code getOwner} is {@code owner}. */
  public static String propertyName(String methodName) {
    return Members.propertyName(methodName);
  }

  private static String describe(TypeMirror type) {
    TypeElement element = element(type);
    return element != null ? element.getQualifiedName().toString() : type.toString();
  }

  private static TypeElement element(TypeMirror type) {
    TypeMirror t = type;
    while (t instanceof TypeVariable variable) {
      t = variable.getUpperBound();
    }
    if (t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement() instanceof TypeElement e) {
      return e;
    }
    return null;
  }

  /** The declared type of member {@code name} of {@code owner}, by {@link Members#find}'s order. */
  private static TypeMirror find(TypeMirror owner, String name) {
    TypeElement type = element(owner);
    if (type == null) {
      return null;
    }
    for (RecordComponentElement component : type.getRecordComponents()) {
      if (component.getSimpleName().contentEquals(name)) {
        return component.asType();
      }
    }
    List<Element> members = members(type);
    String capitalized = Members.capitalized(name);
    ExecutableElement getter = method(members, "get" + capitalized);
    if (getter == null) {
      getter = method(members, "is" + capitalized);
      if (getter != null && !isBoolean(getter.getReturnType())) {
        getter = null;
      }
    }
    if (getter != null) {
      return getter.getReturnType();
    }
    for (Element member : members) {
      if (member instanceof VariableElement field && member.getKind() == ElementKind.FIELD
          && isPublicInstance(field) && field.getSimpleName().contentEquals(name)) {
        return field.asType();
      }
    }
    ExecutableElement plain = method(members, name);
    return plain == null ? null : plain.getReturnType();
  }

  private static Set<String> names(TypeMirror owner) {
    Set<String> names = new TreeSet<>();
    TypeElement type = element(owner);
    if (type == null) {
      return names;
    }
    for (RecordComponentElement component : type.getRecordComponents()) {
      names.add(component.getSimpleName().toString());
    }
    for (Element member : members(type)) {
      if (member instanceof ExecutableElement method && isReader(method)
          && !Members.OBJECT_METHODS.contains(method.getSimpleName().toString())) {
        names.add(Members.propertyName(method.getSimpleName().toString()));
      } else if (member.getKind() == ElementKind.FIELD && isPublicInstance(member)) {
        names.add(member.getSimpleName().toString());
      }
    }
    return names;
  }

  /** The members of {@code type} and of its supertypes, the type's own first. */
  private static List<Element> members(TypeElement type) {
    List<Element> all = new java.util.ArrayList<>();
    Deque<TypeElement> queue = new ArrayDeque<>(List.of(type));
    Set<TypeElement> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeElement next = queue.removeFirst();
      if (!seen.add(next)) {
        continue;
      }
      all.addAll(next.getEnclosedElements());
      TypeElement superclass = element(next.getSuperclass());
      if (superclass != null) {
        queue.addLast(superclass);
      }
      for (TypeMirror implemented : next.getInterfaces()) {
        TypeElement i = element(implemented);
        if (i != null) {
          queue.addLast(i);
        }
      }
    }
    return all;
  }

  private static ExecutableElement method(List<Element> members, String name) {
    for (Element member : members) {
      if (member instanceof ExecutableElement method && isReader(method)
          && method.getSimpleName().contentEquals(name)) {
        return method;
      }
    }
    return null;
  }

  private static boolean isReader(ExecutableElement method) {
    return method.getKind() == ElementKind.METHOD && method.getParameters().isEmpty()
        && method.getReturnType().getKind() != TypeKind.VOID && isPublicInstance(method);
  }

  private static boolean isPublicInstance(Element element) {
    Set<Modifier> modifiers = element.getModifiers();
    boolean inInterface = element.getEnclosingElement().getKind() == ElementKind.INTERFACE;
    return (modifiers.contains(Modifier.PUBLIC) || inInterface && !modifiers.contains(
        Modifier.PRIVATE)) && !modifiers.contains(Modifier.STATIC);
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN
        || type.toString().toLowerCase(Locale.ROOT).equals("java.lang.boolean");
  }
}
