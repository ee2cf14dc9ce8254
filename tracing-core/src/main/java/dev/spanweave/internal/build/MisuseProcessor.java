package dev.spanweave.internal.build;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Rejects, at compile time, spanweave annotations that would silently do nothing: {@code
 * TracedSpan} on an abstract or interface method (method annotations are not inherited), and {@code
 * SpanAttribute} on a parameter of a method that is not traced.
 *
 * <p>javac runs it automatically when tracing-core is on the class path (JDK 17 to 22; from JDK 23
 * on, add {@code -proc:full} or list it as an annotation processor). {@code -Aspanweave.misuse=warn}
 * turns the errors into warnings; {@code @SuppressWarnings("spanweave")} on an element silences it.
 */
@SupportedAnnotationTypes({
  "dev.spanweave.annotations.TracedSpan",
  "dev.spanweave.annotations.SpanAttribute"
})
@SupportedOptions(MisuseProcessor.SEVERITY_OPTION)
public final class MisuseProcessor extends AbstractProcessor {

  static final String SEVERITY_OPTION = "spanweave.misuse";
  static final String SUPPRESSION = "spanweave";

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(TracedSpan.class)) {
      if (element instanceof ExecutableElement method && isAbstract(method)) {
        report(method, "@TracedSpan on abstract method " + describe(method) + " is ignored: method"
            + " annotations are not inherited, so implementations are not traced. Annotate the"
            + " implementing method or class instead.");
      }
    }
    for (Element parameter : round.getElementsAnnotatedWith(SpanAttribute.class)) {
      Element method = parameter.getEnclosingElement();
      if (method instanceof ExecutableElement executable && !isTraced(executable)
          && !(isAbstract(executable) && executable.getAnnotation(TracedSpan.class) != null)) {
        report(parameter, "@SpanAttribute on parameter '" + parameter.getSimpleName() + "' of "
            + describe(executable) + " is ignored: the method has no @TracedSpan (annotations on"
            + " interface or superclass methods are not inherited: annotate the implementing"
            + " method)");
      }
    }
    return false;
  }

  private static boolean isAbstract(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.ABSTRACT);
  }

  private static boolean isTraced(ExecutableElement method) {
    if (method.getAnnotation(TracedSpan.class) != null
        || method.getAnnotation(io.opentelemetry.instrumentation.annotations.WithSpan.class)
            != null) {
      return !isAbstract(method);
    }
    Element type = method.getEnclosingElement();
    return method.getKind() == ElementKind.METHOD
        && method.getModifiers().contains(Modifier.PUBLIC)
        && !isAbstract(method)
        && type.getAnnotation(TracedSpan.class) != null;
  }

  private void report(Element element, String message) {
    if (isSuppressed(element)) {
      return;
    }
    Diagnostic.Kind kind = "warn".equals(processingEnv.getOptions().get(SEVERITY_OPTION))
        ? Diagnostic.Kind.WARNING
        : Diagnostic.Kind.ERROR;
    processingEnv.getMessager().printMessage(kind, message, element);
  }

  private static boolean isSuppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && Set.of(suppress.value()).contains(SUPPRESSION)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }
}
