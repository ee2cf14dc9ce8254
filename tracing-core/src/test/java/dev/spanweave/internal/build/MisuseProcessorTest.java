package dev.spanweave.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain javac with tracing-core on the class path and no compiler flag, as a load-time-weaving user
 * compiles: the checks run on the build JDK whichever it is (the suite runs on 17 and on 25).
 */
class MisuseProcessorTest {

  @TempDir Path dir;

  private List<Diagnostic<? extends JavaFileObject>> compile(String source, String... options)
      throws IOException {
    return compile(source, null, options);
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(String source, Processor processor,
      String... options) throws IOException {
    Path file = dir.resolve("Subject.java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<String> arguments = new ArrayList<>(List.of(
          "-classpath", System.getProperty("java.class.path"),
          "-d", dir.toString()));
      arguments.addAll(List.of(options));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, arguments, null, files.getJavaFileObjects(file));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      task.call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
        .collect(Collectors.toList());
  }

  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
  }

  private String theError(String source, String... options) throws IOException {
    List<String> errors = messages(compile(source, options), Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void tracedSpanOnAnInterfaceMethodNamesInheritanceAndTheFix() throws IOException {
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        interface Subject { @TracedSpan String run(@SpanAttribute String user); }
        """)).isEqualTo("@TracedSpan on interface method Subject.run() does nothing: annotations"
        + " on interface methods are not inherited by the implementing methods. Put @TracedSpan on"
        + " the implementing method, or on the implementing class to trace all its public"
        + " methods."
        + " Only an interface whose implementation a library generates is traced where it is"
        + " declared, by tracing-spring's proxy: a Spring Data repository (one that extends"
        + " org.springframework.data.repository.Repository), an HTTP service client"
        + " (@HttpExchange), a MyBatis @Mapper, a Feign @FeignClient; for another one, add"
        + " @SuppressWarnings(\"spanweave\") to the interface.");
  }

  @Test
  void tracedSpanOnAnAbstractMethodNamesOverridingMethods() throws IOException {
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        abstract class Subject { @TracedSpan abstract String run(); }
        """)).startsWith("@TracedSpan on abstract method Subject.run() does nothing: annotations"
        + " on abstract methods are not inherited by the overriding methods.");
  }

  @Test
  void spanAttributeOnAMethodOfAPlainClassAsksForTracedSpan() throws IOException {
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        class Subject { String run(@SpanAttribute String user) { return user; } }
        """)).isEqualTo("@SpanAttribute on parameter 'user' of Subject.run() does nothing:"
        + " Subject.run() is not traced: neither it nor Subject has @TracedSpan. Annotate"
        + " Subject.run() with @TracedSpan, or remove @SpanAttribute.")
        .doesNotContain("inherit");
  }

  @Test
  void spanAttributeOnANonPublicMethodOfATracedClassNamesTheVisibility() throws IOException {
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        @TracedSpan class Subject { private String hidden(@SpanAttribute String user) { return user; } }
        """)).isEqualTo("@SpanAttribute on parameter 'user' of Subject.hidden() does nothing:"
        + " Subject.hidden() is not traced: @TracedSpan on Subject traces its public methods only,"
        + " and Subject.hidden() is private. Annotate Subject.hidden() with @TracedSpan, or make it"
        + " public.");
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        @TracedSpan class Subject { String hidden(@SpanAttribute String user) { return user; } }
        """)).contains("is package-private").doesNotContain("inherit");
  }

  @Test
  void spanAttributeInANestedClassOfATracedClassSaysTheTypeAnnotationStopsThere()
      throws IOException {
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        @TracedSpan class Subject {
          static class Inner { public String run(@SpanAttribute String user) { return user; } }
        }
        """)).contains("Inner.run() is not traced: @TracedSpan on Subject does not extend to its"
        + " nested class Inner. Annotate Inner.run() or class Inner with @TracedSpan.");
  }

  @Test
  void spanAttributeOnAConstructorSaysConstructorsAreNeverTraced() throws IOException {
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        @TracedSpan class Subject { public Subject(@SpanAttribute String user) {} }
        """)).startsWith("@SpanAttribute on parameter 'user' of constructor Subject.Subject() does"
        + " nothing: constructors are never traced.");
  }

  @Test
  void spanAttributeOnAnUntracedInterfaceMethodNamesInheritance() throws IOException {
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        interface Subject { String run(@SpanAttribute String user); }
        """)).isEqualTo("@SpanAttribute on parameter 'user' of Subject.run() does nothing:"
        + " annotations on interface methods are not inherited by the implementing methods, so"
        + " Subject.run() records nothing. Put @TracedSpan and @SpanAttribute on the implementing"
        + " method."
        + " Only an interface whose implementation a library generates is traced where it is"
        + " declared, by tracing-spring's proxy: a Spring Data repository (one that extends"
        + " org.springframework.data.repository.Repository), an HTTP service client"
        + " (@HttpExchange), a MyBatis @Mapper, a Feign @FeignClient; for another one, add"
        + " @SuppressWarnings(\"spanweave\") to the interface.");
  }

  @Test
  void tracedMethodsAndTypeLevelPublicMethodsAreFine() throws IOException {
    var diagnostics = compile("""
        import dev.spanweave.annotations.*;
        @TracedSpan class Subject {
          public String viaType(@SpanAttribute String user) { return user; }
          public static String staticViaType(@SpanAttribute String user) { return user; }
          @TracedSpan private String own(@SpanAttribute String user) { return user; }
          @io.opentelemetry.instrumentation.annotations.WithSpan
          String otel(@SpanAttribute String user) { return user; }
        }
        """);

    assertThat(diagnostics).isEmpty();
  }

  @Test
  void oneMessagePerMistakeWhenAnnotationProcessingRunsToo() throws IOException {
    // -proc:full: javac runs the processor as well as the plug-in; only one of them reports
    assertThat(theError("""
        import dev.spanweave.annotations.*;
        interface Subject { @TracedSpan String run(); }
        """, "-proc:full")).contains("does nothing");
  }

  @Test
  void thePluginOptionTurnsErrorsIntoWarnings() throws IOException {
    assertOnlyAWarning("-Xplugin:spanweave misuse=warn");
  }

  @Test
  void theProcessorOptionTurnsErrorsIntoWarningsWhereProcessorsRun() throws IOException {
    assertOnlyAWarning("-proc:full", "-Aspanweave.misuse=warn");
  }

  private void assertOnlyAWarning(String... options) throws IOException {
    var warned = compile("""
        import dev.spanweave.annotations.*;
        interface Subject { @TracedSpan String run(); }
        """, options);

    assertThat(messages(warned, Diagnostic.Kind.ERROR)).isEmpty();
    assertThat(messages(warned, Diagnostic.Kind.WARNING)).singleElement().asString()
        .contains("does nothing");
  }

  @Test
  void suppressWarningsSilencesAnElement() throws IOException {
    var suppressed = compile("""
        import dev.spanweave.annotations.*;
        interface Subject { @SuppressWarnings("spanweave") @TracedSpan String run(); }
        """);

    assertThat(suppressed).isEmpty();
  }

  @Test
  void theProcessorChecksWhereNoPluginRuns() throws IOException {
    // an empty processor path hides the plug-in, as a compiler without javac plug-ins (ajc) does
    var diagnostics = compile("""
        import dev.spanweave.annotations.*;
        @TracedSpan class Subject { private String hidden(@SpanAttribute String user) { return user; } }
        """, new MisuseProcessor(), "-processorpath", dir.resolve("none").toString());

    assertThat(messages(diagnostics, Diagnostic.Kind.ERROR)).singleElement().asString()
        .contains("Subject.hidden() is private");
  }
}
