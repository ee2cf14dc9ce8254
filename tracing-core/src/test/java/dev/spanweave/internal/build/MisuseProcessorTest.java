package dev.spanweave.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Plain javac with tracing-core on the class path, as a load-time-weaving user compiles. */
class MisuseProcessorTest {

  @TempDir Path dir;

  private List<Diagnostic<? extends JavaFileObject>> compile(String source, String... options)
      throws IOException {
    Path file = dir.resolve("Subject.java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<String> arguments = new java.util.ArrayList<>(List.of(
          "-classpath", System.getProperty("java.class.path"),
          "-d", dir.toString()));
      arguments.addAll(List.of(options));
      javac.getTask(null, files, diagnostics, arguments, null, files.getJavaFileObjects(file))
          .call();
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

  @Test
  void tracedSpanOnAnInterfaceMethodIsAnError() throws IOException {
    var diagnostics = compile("""
        import dev.spanweave.annotations.*;
        interface Subject { @TracedSpan String run(@SpanAttribute String user); }
        """);

    assertThat(messages(diagnostics, Diagnostic.Kind.ERROR)).singleElement().asString()
        .contains("@TracedSpan on abstract method Subject.run() is ignored")
        .contains("not inherited");
  }

  @Test
  void spanAttributeOnAnUntracedMethodIsAnError() throws IOException {
    var diagnostics = compile("""
        import dev.spanweave.annotations.*;
        class Subject { String run(@SpanAttribute String user) { return user; } }
        """);

    assertThat(messages(diagnostics, Diagnostic.Kind.ERROR)).singleElement().asString()
        .contains("@SpanAttribute on parameter 'user' of Subject.run() is ignored");
  }

  @Test
  void tracedMethodsAndTypeLevelPublicMethodsAreFine() throws IOException {
    var diagnostics = compile("""
        import dev.spanweave.annotations.*;
        @TracedSpan class Subject {
          public String viaType(@SpanAttribute String user) { return user; }
          @TracedSpan private String own(@SpanAttribute String user) { return user; }
          @io.opentelemetry.instrumentation.annotations.WithSpan
          String otel(@SpanAttribute String user) { return user; }
        }
        """);

    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aNonPublicMethodOfATracedTypeIsNotTraced() throws IOException {
    var diagnostics = compile("""
        import dev.spanweave.annotations.*;
        @TracedSpan class Subject { String hidden(@SpanAttribute String user) { return user; } }
        """);

    assertThat(messages(diagnostics, Diagnostic.Kind.ERROR)).hasSize(1);
  }

  @Test
  void theOptionTurnsErrorsIntoWarningsAndSuppressWarningsSilences() throws IOException {
    var warned = compile("""
        import dev.spanweave.annotations.*;
        interface Subject { @TracedSpan String run(); }
        """, "-Aspanweave.misuse=warn");
    var suppressed = compile("""
        import dev.spanweave.annotations.*;
        interface Subject { @SuppressWarnings("spanweave") @TracedSpan String run(); }
        """);

    assertThat(messages(warned, Diagnostic.Kind.ERROR)).isEmpty();
    assertThat(messages(warned, Diagnostic.Kind.WARNING)).anySatisfy(message ->
        assertThat(message).contains("is ignored"));
    assertThat(suppressed).isEmpty();
  }
}
