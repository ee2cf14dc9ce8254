package dev.spanweave.internal.build;

import dev.spanweave.internal.FrameworkCallbacks;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * What a type-level {@code @TracedSpan} leaves out, and where an interface's annotations are read
 * after all, as the runtime decides it ({@code MethodTraces} and tracing-spring's {@code
 * ProxiedInterfaces}): the checks must agree with it, or an annotation that does nothing would
 * compile without a word.
 */
final class TypeLevelTracing {

  static final String NOT_TRACED = "dev.spanweave.annotations.NotTraced";

  private static final String REPOSITORY = "org.springframework.data.repository.Repository";
  private static final String REPOSITORY_DEFINITION =
      "org.springframework.data.repository.RepositoryDefinition";

  private TypeLevelTracing() {}

  /**
   * Why a public method without an annotation of its own is left out by its type's
   * {@code @TracedSpan}, for a message ("it is a Spring MVC @ModelAttribute method"), or null when
   * the type's annotation traces it.
   */
  static String leftOutBecause(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (NOT_TRACED.equals(name)) {
        return "it is marked @NotTraced";
      }
      if (FrameworkCallbacks.ANNOTATIONS.contains(name)) {
        return "it is a Spring MVC @" + name.substring(name.lastIndexOf('.') + 1) + " method,"
            + " which a type-level @TracedSpan leaves out (MVC calls it around every handler"
            + " method)";
      }
    }
    return null;
  }

  /**
   * Whether {@code type} is a Spring Data repository interface: its implementation is generated,
   * so tracing-spring reads the annotations of its methods and its own {@code @TracedSpan} on the
   * interface, inherited methods included.
   */
  static boolean isRepository(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE && extendsRepository(type, 0);
  }

  private static boolean extendsRepository(TypeElement type, int depth) {
    if (depth > 32) {
      return false; // only a broken hierarchy is this deep
    }
    if (type.getQualifiedName().contentEquals(REPOSITORY)) {
      return true;
    }
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (REPOSITORY_DEFINITION.equals(nameOf(mirror))) {
        return true;
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement element
          && extendsRepository(element, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code @NotTraced} only undoes a type-level {@code @TracedSpan} on a public method: anywhere
   * else it does nothing, and beside the method's own {@code @TracedSpan} it contradicts it.
   */
  static void checkNotTraced(TypeElement type, ExecutableElement method, MisuseRules.Report report) {
    if (!MisuseRules.has(method, NOT_TRACED)) {
      return;
    }
    String name = MisuseRules.describe(method);
    String problem;
    if (MisuseRules.has(method, MisuseRules.TRACED_SPAN)
        || MisuseRules.has(method, MisuseRules.WITH_SPAN)) {
      problem = name + " carries @NotTraced and its own @TracedSpan or @WithSpan, which wins: it"
          + " is traced. Remove one of them.";
    } else if (!MisuseRules.has(type, MisuseRules.TRACED_SPAN)) {
      problem = "@NotTraced on " + name + " does nothing: it only leaves a public method out of"
          + " its type's @TracedSpan, and " + type.getSimpleName() + " has none. Remove"
          + " @NotTraced.";
    } else if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "@NotTraced on " + name + " does nothing: @TracedSpan on " + type.getSimpleName()
          + " traces its public methods only, and " + name + " is not public. Remove @NotTraced.";
    } else {
      return;
    }
    report.misuse(method, problem);
  }

  /** Where the annotations of an interface are honoured, for the messages that reject them. */
  static String whereInterfacesCount() {
    return " Only a Spring Data repository interface (one that extends"
        + " org.springframework.data.repository.Repository) is traced where it is declared, by"
        + " tracing-spring's proxy.";
  }

  private static String nameOf(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    return type instanceof TypeElement named ? named.getQualifiedName().toString() : "";
  }
}
