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

/** Attribute paths that do not resolve fail the build, through the plug-in and the processor. */
class AttributePathChecksTest {

  @TempDir Path dir;

  private static final String TYPES = """
      import dev.spanweave.annotations.*;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      record Customer(long id, String email) {}
      class Account {
        public String region;
        public Customer getOwner() { return null; }
        public boolean isActive() { return true; }
      }
      record Order(@SpanAttribute("order.id") String id, Customer customer, List<String> items) {}
      """;

  private List<String> errors(String source, Processor processor, String... options)
      throws IOException {
    Path file = dir.resolve("Subject.java");
    Files.writeString(file, TYPES + source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<String> arguments = new ArrayList<>(List.of(
          "-classpath", System.getProperty("java.class.path"), "-d", dir.toString()));
      arguments.addAll(List.of(options));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, arguments, null, files.getJavaFileObjects(file));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      task.call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
  }

  private List<String> errors(String source) throws IOException {
    return errors(source, null);
  }

  @Test
  void pathsThroughRecordsGettersFieldsAndMethodsCompile() throws IOException {
    assertThat(errors("""
        class Subject {
          @TracedSpan
          void place(@SpanAttribute(value = "order.customer_id", path = "customer.id")
                     @SpanAttribute(value = "order.item_count", path = "items.size") Order order,
                     @SpanAttribute(value = "owner", path = "owner.email")
                     @SpanAttribute(value = "active", path = "active")
                     @SpanAttribute(value = "region", path = "region") Account account) {}

          @TracedSpan(resultAttribute = "customer.id", resultPath = "customer.id")
          CompletableFuture<Order> later() { return null; }
        }
        """)).isEmpty();
  }

  @Test
  void aTypoNamesTheTypeTheMissingMemberAndTheClosestNames() throws IOException {
    assertThat(errors("""
        class Subject {
          @TracedSpan
          void place(@SpanAttribute(value = "order.customer_id", path = "customer.idd") Order o) {}
        }
        """)).containsExactly("@SpanAttribute(path = \"customer.idd\") on parameter 'o' of"
        + " Subject.place(): path 'customer.idd' does not resolve: Customer has no member 'idd'"
        + " (a record component, a public getter getIdd()/isIdd(), a public field or a public"
        + " method idd()); closest: id, email");
  }

  @Test
  void aRepeatedAnnotationIsCheckedToo() throws IOException {
    assertThat(errors("""
        class Subject {
          @TracedSpan
          void open(@SpanAttribute(value = "a", path = "active")
                    @SpanAttribute(value = "b", path = "ownr.id") Account account) {}
        }
        """)).singleElement().asString()
        .contains("Account has no member 'ownr'").contains("closest: owner");
  }

  @Test
  void aResultPathIsCheckedOnTheCompletedValueOfAnAsynchronousType() throws IOException {
    assertThat(errors("""
        class Subject {
          @TracedSpan(resultAttribute = "x", resultPath = "custmer.id")
          CompletableFuture<Order> later() { return null; }
        }
        """)).singleElement().asString()
        .startsWith("@TracedSpan(resultPath = \"custmer.id\") on Subject.later(): path")
        .contains("Order has no member 'custmer'").contains("closest: customer");
  }

  @Test
  void anAnnotatedRecordComponentIsNotAnIgnoredConstructorParameter() throws IOException {
    assertThat(errors("class Subject {}")).isEmpty();
  }

  @Test
  void anotherConstructorOfARecordIsStillChecked() throws IOException {
    assertThat(errors("""
        record Subject(String id) {
          Subject(@SpanAttribute("x") int number) { this(String.valueOf(number)); }
        }
        """)).singleElement().asString().contains("constructors are never traced");
  }

  @Test
  void theProcessorChecksPathsWhereNoPluginRuns() throws IOException {
    assertThat(errors("""
        class Subject {
          @TracedSpan void place(@SpanAttribute(value = "x", path = "customer.mail") Order o) {}
        }
        """, new MisuseProcessor(), "-processorpath", dir.resolve("none").toString()))
        .singleElement().asString().contains("Customer has no member 'mail'")
        .contains("closest: email");
  }

  @Test
  void aPathOnAMemberOfAnAnnotatedTypeIsAnErrorOncePerMember() throws IOException {
    assertThat(errors("""
        record Subject(@SpanAttribute(value = "c", path = "id") Customer customer) {}
        class Bean { @SpanAttribute(value = "o", path = "id") public Customer getOwner() { return null; } }
        """)).containsExactly(
        "@SpanAttribute(path = \"id\") on Subject.customer does nothing: a path is read from a"
            + " parameter only. Remove path and annotate the members of the member's own type, or"
            + " record it with a path on the parameter (path = \"customer.id\").",
        "@SpanAttribute(path = \"id\") on Bean.getOwner does nothing: a path is read from a"
            + " parameter only. Remove path and annotate the members of the member's own type, or"
            + " record it with a path on the parameter (path = \"owner.id\").");
  }

  @Test
  void theProcessorReportsAPathOnARecordComponentToo() throws IOException {
    assertThat(errors("""
        record Subject(@SpanAttribute(value = "c", path = "id") Customer customer) {}
        """, new MisuseProcessor(), "-processorpath", dir.resolve("none").toString()))
        .singleElement().asString().startsWith("@SpanAttribute(path = \"id\") on Subject.customer");
  }
}
