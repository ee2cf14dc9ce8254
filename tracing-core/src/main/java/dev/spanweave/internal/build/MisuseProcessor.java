package dev.spanweave.internal.build;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Runs spanweave's build-time checks ({@link MisuseRules}) in compilers that run class-path
 * annotation processors but not javac plug-ins: {@code ajc} under compile-time weaving, and
 * Eclipse's compiler. In a javac compilation the plug-in ({@link MisusePlugin}) checks and this
 * processor only passes its option on.
 *
 * <p>{@code -Aspanweave.misuse=warn} turns the errors into warnings; {@code
 * @SuppressWarnings("spanweave")} on an element silences it.
 */
@SupportedAnnotationTypes({MisuseRules.TRACED_SPAN, MisuseRules.SPAN_ATTRIBUTE,
    TypeLevelTracing.NOT_TRACED})
@SupportedOptions(MisuseProcessor.SEVERITY_OPTION)
public final class MisuseProcessor extends AbstractProcessor {

  static final String SEVERITY_OPTION = "spanweave.misuse";

  private final Set<TypeElement> checked = new HashSet<>();
  private boolean checkedByPlugin;
  private Diagnostic.Kind kind;

  /** Created by the compiler's service loader. */
  public MisuseProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    boolean warnOnly = "warn".equals(environment.getOptions().get(SEVERITY_OPTION));
    kind = warnOnly ? Diagnostic.Kind.WARNING : Diagnostic.Kind.ERROR;
    Compilations plugin = Compilations.pluginOf(environment.getElementUtils());
    checkedByPlugin = plugin != null;
    if (checkedByPlugin && warnOnly) {
      plugin.warnOnly();
    }
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (checkedByPlugin) {
      return false;
    }
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      MisuseRules.check(type, checked, (element, message) -> {
        if (!MisuseRules.isSuppressed(element)) {
          processingEnv.getMessager().printMessage(kind, message, element);
        }
      });
    }
    return false;
  }
}
