package dev.spanweave.internal.build;

import dev.spanweave.internal.FrameworkCallbacks;
import java.util.List;
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
  private static final String HTTP_EXCHANGE =
      "org.springframework.web.service.annotation.HttpExchange";
  private static final String MYBATIS_MAPPER = "org.apache.ibatis.annotations.Mapper";
  private static final String FEIGN_CLIENT = "org.springframework.cloud.openfeign.FeignClient";

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
   * What kind of interface {@code type} is when a library generates its implementation as a JDK
   * proxy ("repository", "HTTP service client", "MyBatis mapper", "Feign client"), or null: for
   * such an interface the annotations can only sit on the interface, and tracing-spring reads them
   * there (on its methods, inherited ones included, and the interface's own {@code @TracedSpan}),
   * whatever library made the proxy.
   */
  static String proxiedInterface(TypeElement type) {
    if (type.getKind() != ElementKind.INTERFACE) {
      return null;
    }
    if (extendsRepository(type, 0)) {
      return "repository";
    }
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (MYBATIS_MAPPER.equals(name)) {
        return "MyBatis mapper";
      }
      if (FEIGN_CLIENT.equals(name)) {
        return "Feign client";
      }
    }
    if (exchange(type.getAnnotationMirrors())) {
      return "HTTP service client";
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && exchange(member.getAnnotationMirrors())) {
        return "HTTP service client";
      }
    }
    return null;
  }

  /** {@code @HttpExchange}, or one of the annotations it marks ({@code @GetExchange}, ...). */
  private static boolean exchange(List<? extends AnnotationMirror> mirrors) {
    for (AnnotationMirror mirror : mirrors) {
      if (HTTP_EXCHANGE.equals(nameOf(mirror))) {
        return true;
      }
      for (AnnotationMirror meta : mirror.getAnnotationType().asElement().getAnnotationMirrors()) {
        if (HTTP_EXCHANGE.equals(nameOf(meta))) {
          return true;
        }
      }
    }
    return false;
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
    return " Only an interface whose implementation a library generates is traced where it is"
        + " declared, by tracing-spring's proxy: a Spring Data repository (one that extends"
        + " org.springframework.data.repository.Repository), an HTTP service client"
        + " (@HttpExchange), a MyBatis @Mapper, a Feign @FeignClient; for another one, add"
        + " @SuppressWarnings(\"spanweave\") to the interface.";
  }

  private static String nameOf(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    return type instanceof TypeElement named ? named.getQualifiedName().toString() : "";
  }
}
