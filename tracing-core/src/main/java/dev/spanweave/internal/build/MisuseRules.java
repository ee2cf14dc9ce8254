package dev.spanweave.internal.build;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The build-time checks, shared by the javac plug-in and the annotation processor: annotations
 * that the aspect would silently ignore. Each message names the cause and the fix.
 *
 * <p>Annotations are compared by name, so the checks load none of the annotation classes.
 */
final class MisuseRules {

  /** Receives one message per misused element. */
  interface Report {
    void misuse(Element element, String message);
  }

  static final String TRACED_SPAN = "dev.spanweave.annotations.TracedSpan";
  static final String SPAN_ATTRIBUTE = "dev.spanweave.annotations.SpanAttribute";
  static final String SPAN_ATTRIBUTES = "dev.spanweave.annotations.SpanAttributes";
  static final String WITH_SPAN = "io.opentelemetry.instrumentation.annotations.WithSpan";
  static final String SUPPRESSION = "spanweave";

  private MisuseRules() {}

  /** Checks the methods of {@code type} and of its member types, each once. */
  static void check(TypeElement type, Set<TypeElement> checked, Report report) {
    if (!checked.add(type)) {
      return;
    }
    for (Element member : type.getEnclosedElements()) {
      PathRules.checkMember(type, member, report);
      if (member instanceof ExecutableElement executable) {
        checkExecutable(type, executable, report);
      } else if (member instanceof TypeElement nested) {
        check(nested, checked, report);
      }
    }
  }

  private static void checkExecutable(TypeElement type, ExecutableElement method, Report report) {
    if (isCanonicalConstructor(type, method)) {
      // @SpanAttribute on a record component is copied onto the canonical constructor's
      // parameters: it marks the component (see PathRules), not an ignored parameter
      return;
    }
    PathRules.check(method, report);
    TypeLevelTracing.checkNotTraced(type, method, report);
    if (has(method, TRACED_SPAN) && isAbstract(method)
        && TypeLevelTracing.proxiedInterface(type) == null) {
      // its @SpanAttribute parameters share the cause: one message says it
      report.misuse(method, "@TracedSpan on " + abstractKind(type) + " method " + describe(method)
          + " does nothing: " + notInherited(type) + ". Put @TracedSpan on the implementing method,"
          + " or on the implementing class to trace all its public methods." + whereHonoured(type));
      return;
    }
    if (isTraced(type, method)) {
      return;
    }
    for (VariableElement parameter : method.getParameters()) {
      if (has(parameter, SPAN_ATTRIBUTE) || has(parameter, SPAN_ATTRIBUTES)) {
        report.misuse(parameter, "@SpanAttribute on parameter '" + parameter.getSimpleName()
            + "' of " + (method.getKind() == ElementKind.CONSTRUCTOR ? "constructor " : "")
            + describe(method) + " does nothing: " + untracedBecause(type, method));
      }
    }
  }

  /**
   * Mirrors the aspect's pointcuts and the proxy's: own annotation, or a public method of a
   * @TracedSpan type that type-level tracing does not leave out; abstract methods only in an
   * interface whose implementation a library generates (a Spring Data repository, ...).
   */
  private static boolean isTraced(TypeElement type, ExecutableElement method) {
    if (method.getKind() != ElementKind.METHOD
        || isAbstract(method) && TypeLevelTracing.proxiedInterface(type) == null) {
      return false;
    }
    return has(method, TRACED_SPAN) || has(method, WITH_SPAN)
        || (has(type, TRACED_SPAN) && method.getModifiers().contains(Modifier.PUBLIC)
            && TypeLevelTracing.leftOutBecause(method) == null);
  }

  private static String untracedBecause(TypeElement type, ExecutableElement method) {
    String name = describe(method);
    if (method.getKind() == ElementKind.CONSTRUCTOR) {
      return "constructors are never traced. Remove @SpanAttribute, or move the work into a"
          + " @TracedSpan method that takes this value.";
    }
    String leftOut = TypeLevelTracing.leftOutBecause(method);
    if (has(type, TRACED_SPAN) && leftOut != null
        && method.getModifiers().contains(Modifier.PUBLIC)) {
      return name + " is not traced: " + leftOut + ". Annotate " + name + " itself with"
          + " @TracedSpan to trace it anyway, or remove @SpanAttribute.";
    }
    String proxied = TypeLevelTracing.proxiedInterface(type);
    if (proxied != null) {
      return name + " is not traced: neither it nor " + proxied + " " + type.getSimpleName() + " has"
          + " @TracedSpan. Annotate " + name + " or interface " + type.getSimpleName()
          + " with @TracedSpan, or remove @SpanAttribute.";
    }
    if (isAbstract(method)) {
      return notInherited(type) + ", so " + name + " records nothing. Put @TracedSpan and"
          + " @SpanAttribute on the implementing method." + whereHonoured(type);
    }
    if (has(type, TRACED_SPAN)) {
      return name + " is not traced: @TracedSpan on " + type.getSimpleName() + " traces its public"
          + " methods only, and " + name + " is " + visibility(method) + ". Annotate " + name
          + " with @TracedSpan, or make it public.";
    }
    for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement enclosing;
        outer = enclosing.getEnclosingElement()) {
      if (has(enclosing, TRACED_SPAN)) {
        return name + " is not traced: @TracedSpan on " + enclosing.getSimpleName() + " does not"
            + " extend to its nested class " + type.getSimpleName() + ". Annotate " + name
            + " or class " + type.getSimpleName() + " with @TracedSpan.";
      }
    }
    return name + " is not traced: neither it nor " + type.getSimpleName() + " has @TracedSpan."
        + " Annotate " + name + " with @TracedSpan, or remove @SpanAttribute.";
  }

  private static boolean isCanonicalConstructor(TypeElement type, ExecutableElement method) {
    if (type.getKind() != ElementKind.RECORD || method.getKind() != ElementKind.CONSTRUCTOR
        || method.getParameters().size() != type.getRecordComponents().size()) {
      return false;
    }
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (!method.getParameters().get(i).getSimpleName()
          .contentEquals(type.getRecordComponents().get(i).getSimpleName())) {
        return false;
      }
    }
    return true;
  }

  private static String abstractKind(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE ? "interface" : "abstract";
  }

  private static String notInherited(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE
        ? "annotations on interface methods are not inherited by the implementing methods"
        : "annotations on abstract methods are not inherited by the overriding methods";
  }

  private static String whereHonoured(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE ? TypeLevelTracing.whereInterfacesCount() : "";
  }

  private static String visibility(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    return modifiers.contains(Modifier.PRIVATE) ? "private"
        : modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
  }

  static boolean isSuppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && List.of(suppress.value()).contains(SUPPRESSION)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAbstract(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.ABSTRACT);
  }

  static boolean has(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement named && named.getQualifiedName().contentEquals(annotation)) {
        return true;
      }
    }
    return false;
  }

  static String describe(ExecutableElement method) {
    Element type = method.getEnclosingElement();
    return type.getSimpleName() + "."
        + (method.getKind() == ElementKind.CONSTRUCTOR ? type.getSimpleName() : method.getSimpleName())
        + "()";
  }
}
