package dev.spanweave.internal.build;

import dev.spanweave.internal.paths.PathCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The build-time check of attribute paths ({@code @SpanAttribute(path = ...)}, {@code
 * @TracedSpan(resultPath = ...)}): each must resolve on the declared type it starts from, as {@link
 * PathCheck} resolves it. Annotation values are read from the mirrors, by name.
 */
final class PathRules {

  private PathRules() {}

  static void check(ExecutableElement method, MisuseRules.Report report) {
    for (VariableElement parameter : method.getParameters()) {
      for (AnnotationMirror attribute : spanAttributes(parameter)) {
        String path = value(attribute, "path");
        String problem = path.isEmpty() ? null : PathCheck.problem(parameter.asType(), path);
        if (problem != null) {
          report.misuse(parameter, "@SpanAttribute(path = \"" + path + "\") on parameter '"
              + parameter.getSimpleName() + "' of " + MisuseRules.describe(method) + ": " + problem);
        }
      }
    }
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (named(mirror, MisuseRules.TRACED_SPAN)) {
        String path = value(mirror, "resultPath");
        String problem = path.isEmpty() ? null
            : PathCheck.problem(PathCheck.resultType(method.getReturnType()), path);
        if (problem != null) {
          report.misuse(method, "@TracedSpan(resultPath = \"" + path + "\") on "
              + MisuseRules.describe(method) + ": " + problem);
        }
      }
    }
  }

  /**
   * A path on a member of an annotated type would be ignored (paths are read from parameters):
   * an error. A record's annotation is copied onto its field and accessor: only the field, which
   * the compiler can point at, is reported.
   */
  static void checkMember(TypeElement type, Element member, MisuseRules.Report report) {
    boolean record = type.getKind() == ElementKind.RECORD;
    ElementKind kind = member.getKind();
    if (kind != ElementKind.FIELD && (record || kind != ElementKind.METHOD)) {
      return;
    }
    for (AnnotationMirror attribute : spanAttributes(member)) {
      String path = value(attribute, "path");
      if (!path.isEmpty()) {
        report.misuse(member, "@SpanAttribute(path = \"" + path + "\") on " + type.getSimpleName()
            + "." + member.getSimpleName() + " does nothing: a path is read from a parameter"
            + " only. Remove path and annotate the members of the member's own type, or record"
            + " it with a path on the parameter (path = \""
            + PathCheck.propertyName(member.getSimpleName().toString()) + "." + path + "\").");
      }
    }
  }

  /** The parameter's {@code @SpanAttribute}s, repeated ones out of their container. */
  private static List<AnnotationMirror> spanAttributes(Element parameter) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      if (named(mirror, MisuseRules.SPAN_ATTRIBUTE)) {
        found.add(mirror);
      } else if (named(mirror, MisuseRules.SPAN_ATTRIBUTES)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
            : mirror.getElementValues().entrySet()) {
          if (entry.getValue().getValue() instanceof List<?> repeated) {
            for (Object each : repeated) {
              if (each instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror m) {
                found.add(m);
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static boolean named(AnnotationMirror mirror, String name) {
    return mirror.getAnnotationType().asElement() instanceof TypeElement type
        && type.getQualifiedName().contentEquals(name);
  }

  /** An element's explicit value, "" when it has the default. */
  private static String value(AnnotationMirror mirror, String element) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(element)
          && entry.getValue().getValue() instanceof String text) {
        return text;
      }
    }
    return "";
  }
}
