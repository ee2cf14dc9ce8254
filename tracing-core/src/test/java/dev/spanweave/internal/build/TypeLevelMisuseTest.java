package dev.spanweave.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks agree with what type-level tracing leaves out (MVC callbacks, {@code @NotTraced}) and
 * with where tracing-spring reads an interface's annotations (Spring Data repositories). Spring's
 * annotations and {@code Repository} are stand-ins of the same names: the checks compare names.
 */
class TypeLevelMisuseTest {

  @TempDir Path dir;

  private static final String STAND_INS = """
      package org.springframework.data.repository;
      public interface Repository<T, ID> {}
      """;

  private List<String> errors(String source) throws IOException {
    Path repository = dir.resolve("org/springframework/data/repository/Repository.java");
    Files.createDirectories(repository.getParent());
    Files.writeString(repository, STAND_INS);
    List<Path> standIns = new ArrayList<>(List.of(repository));
    standIns.add(standIn("org.springframework.web.bind.annotation", "ModelAttribute", ""));
    standIns.add(standIn("org.springframework.web.bind.annotation", "ExceptionHandler", ""));
    standIns.add(standIn("org.springframework.web.service.annotation", "HttpExchange", ""));
    standIns.add(standIn("org.springframework.web.service.annotation", "GetExchange",
        "@HttpExchange "));
    standIns.add(standIn("org.apache.ibatis.annotations", "Mapper", ""));
    standIns.add(standIn("org.springframework.cloud.openfeign", "FeignClient", ""));
    Path subject = dir.resolve("Subject.java");
    Files.writeString(subject, source);
    standIns.add(subject);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<String> arguments = new ArrayList<>(List.of(
          "-classpath", System.getProperty("java.class.path"), "-d", dir.toString()));
      javac.getTask(null, files, diagnostics, arguments, null,
          files.getJavaFileObjectsFromPaths(standIns))
          .call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
  }

  /** An annotation of that name, itself annotated with {@code meta}. */
  private Path standIn(String pkg, String name, String meta) throws IOException {
    Path file = dir.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package " + pkg + ";\n"
        + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
        + meta + "public @interface " + name + " { String value() default \"\"; }\n");
    return file;
  }

  @Test
  void annotationsOnInterfacesThatLibrariesImplementAreAccepted() throws IOException {
    assertThat(errors("""
        import dev.spanweave.annotations.*;
        import org.springframework.web.service.annotation.*;
        interface Subject {
          @TracedSpan @GetExchange("/rates/{currency}")
          String rate(@SpanAttribute String currency);
        }
        @HttpExchange("/orders") @TracedSpan
        interface Orders { @GetExchange("/{id}") String find(@SpanAttribute long id); }
        @org.apache.ibatis.annotations.Mapper
        interface OrderMapper { @TracedSpan String find(@SpanAttribute long id); }
        @org.springframework.cloud.openfeign.FeignClient("payments") @TracedSpan
        interface Payments { String charge(@SpanAttribute("app.amount") long cents); }
        @SuppressWarnings("spanweave")
        interface Generated { @TracedSpan String find(@SpanAttribute long id); }
        """)).isEmpty();
  }

  @Test
  void anAttributeOnAnUntracedHttpClientMethodSaysWhereTracedSpanGoes() throws IOException {
    assertThat(errors("""
        import dev.spanweave.annotations.*;
        import org.springframework.web.service.annotation.*;
        interface Subject {
          @GetExchange("/rates/{currency}") String rate(@SpanAttribute String currency);
        }
        """)).containsExactly("@SpanAttribute on parameter 'currency' of Subject.rate() does"
        + " nothing: Subject.rate() is not traced: neither it nor HTTP service client Subject has"
        + " @TracedSpan. Annotate Subject.rate() or interface Subject with @TracedSpan, or remove"
        + " @SpanAttribute.");
  }

  @Test
  void annotationsOnARepositoryInterfaceAreAccepted() throws IOException {
    assertThat(errors("""
        import dev.spanweave.annotations.*;
        import org.springframework.data.repository.Repository;
        @TracedSpan
        interface Subject extends Repository<String, Integer> {
          String findByName(@SpanAttribute String name);
          @NotTraced String count();
          default String first(@SpanAttribute("n") int n) { return null; }
        }
        interface Owners extends Subject {}
        interface Pets extends Repository<String, Integer> {
          @TracedSpan String findByName(@SpanAttribute String name);
        }
        """)).isEmpty();
  }

  @Test
  void anAttributeOnAnUntracedRepositoryMethodSaysWhereTracedSpanGoes() throws IOException {
    assertThat(errors("""
        import dev.spanweave.annotations.*;
        interface Subject extends org.springframework.data.repository.Repository<String, Integer> {
          String findByName(@SpanAttribute String name);
        }
        """)).containsExactly("@SpanAttribute on parameter 'name' of Subject.findByName() does"
        + " nothing: Subject.findByName() is not traced: neither it nor repository Subject has"
        + " @TracedSpan. Annotate Subject.findByName() or interface Subject with @TracedSpan, or"
        + " remove @SpanAttribute.");
  }

  @Test
  void anOtherInterfaceIsStillRejectedSayingWhereInterfacesCount() throws IOException {
    assertThat(errors("""
        import dev.spanweave.annotations.*;
        interface Subject { @TracedSpan String run(); }
        """)).singleElement().asString()
        .contains("Put @TracedSpan on the implementing method")
        .endsWith("Only an interface whose implementation a library generates is traced where"
            + " it is declared, by tracing-spring's proxy: a Spring Data repository (one that"
            + " extends org.springframework.data.repository.Repository), an HTTP service client"
            + " (@HttpExchange), a MyBatis @Mapper, a Feign @FeignClient; for another one, add"
            + " @SuppressWarnings(\"spanweave\") to the interface.");
  }

  @Test
  void anAttributeOnAnMvcCallbackOfATracedControllerSaysItIsLeftOut() throws IOException {
    assertThat(errors("""
        import dev.spanweave.annotations.*;
        import org.springframework.web.bind.annotation.*;
        @TracedSpan
        class Subject {
          @ModelAttribute
          public String findOwner(@SpanAttribute int ownerId) { return ""; }
          @ExceptionHandler
          public String failed(@SpanAttribute("app.error") String error) { return ""; }
          @ModelAttribute @TracedSpan
          public String traced(@SpanAttribute int ownerId) { return ""; }
        }
        """)).containsExactly(
            "@SpanAttribute on parameter 'ownerId' of Subject.findOwner() does nothing:"
                + " Subject.findOwner() is not traced: it is a Spring MVC @ModelAttribute method,"
                + " which a type-level @TracedSpan leaves out (MVC calls it around every handler"
                + " method). Annotate Subject.findOwner() itself with @TracedSpan to trace it"
                + " anyway, or remove @SpanAttribute.",
            "@SpanAttribute on parameter 'error' of Subject.failed() does nothing:"
                + " Subject.failed() is not traced: it is a Spring MVC @ExceptionHandler method,"
                + " which a type-level @TracedSpan leaves out (MVC calls it around every handler"
                + " method). Annotate Subject.failed() itself with @TracedSpan to trace it anyway,"
                + " or remove @SpanAttribute.");
  }

  @Test
  void notTracedWhereItDoesNothingOrContradicts() throws IOException {
    assertThat(errors("""
        import dev.spanweave.annotations.*;
        class Subject {
          @NotTraced public void plain() {}
          @TracedSpan static class Inner {
            @NotTraced @TracedSpan public void both() {}
            @NotTraced void hidden() {}
            @NotTraced public void fine(@SpanAttribute String lost) {}
          }
        }
        """)).containsExactlyInAnyOrder(
            "@NotTraced on Subject.plain() does nothing: it only leaves a public method out of its"
                + " type's @TracedSpan, and Subject has none. Remove @NotTraced.",
            "Inner.both() carries @NotTraced and its own @TracedSpan or @WithSpan, which wins: it"
                + " is traced. Remove one of them.",
            "@NotTraced on Inner.hidden() does nothing: @TracedSpan on Inner traces its public"
                + " methods only, and Inner.hidden() is not public. Remove @NotTraced.",
            "@SpanAttribute on parameter 'lost' of Inner.fine() does nothing: Inner.fine() is not"
                + " traced: it is marked @NotTraced. Annotate Inner.fine() itself with @TracedSpan"
                + " to trace it anyway, or remove @SpanAttribute.");
  }
}
