package dev.spanweave.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aspectj.bridge.IMessage;
import org.aspectj.bridge.MessageHandler;
import org.aspectj.tools.ajc.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misuse that would silently do nothing fails the build under compile-time weaving: the aspect's
 * own checks (with annotation processing off, to see them alone), and tracing-core's checks, which
 * ajc runs as an annotation processor.
 */
class CompileTimeChecksTest {

  @TempDir Path dir;

  private List<String> compileErrors(String className, String source, String... options)
      throws IOException {
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);
    String aspectJar = dev.spanweave.aspectj.JoinPointTraces.class.getProtectionDomain()
        .getCodeSource().getLocation().getPath();
    List<String> arguments = new ArrayList<>(List.of(
        "-17", "-classpath", System.getProperty("java.class.path"),
        "-aspectpath", aspectJar,
        "-d", dir.resolve("out").toString()));
    arguments.addAll(List.of(options));
    arguments.add(file.toString());
    MessageHandler handler = new MessageHandler();
    new Main().run(arguments.toArray(String[]::new), handler);
    List<String> errors = new ArrayList<>();
    for (IMessage message : handler.getMessages(IMessage.ERROR, true)) {
      errors.add(message.getMessage());
    }
    return errors;
  }

  private List<String> aspectErrors(String className, String source) throws IOException {
    return compileErrors(className, source, "-proc:none");
  }

  @Test
  void spanAttributeOnAMethodOfAPlainClassAsksForTracedSpan() throws IOException {
    List<String> errors = aspectErrors("Untraced", """
        import dev.spanweave.annotations.SpanAttribute;
        class Untraced {
          String run(@SpanAttribute("user") String user) { return user; }
        }
        """);

    assertThat(errors).singleElement().asString()
        .startsWith("@SpanAttribute does nothing here: this method is not traced, as neither it"
            + " nor its class has @TracedSpan")
        .endsWith("Annotate this method with @TracedSpan, or remove @SpanAttribute.");
  }

  @Test
  void spanAttributeOnAPrivateMethodOfATracedClassNamesThePublicOnlyRule() throws IOException {
    List<String> errors = aspectErrors("Traced", """
        import dev.spanweave.annotations.SpanAttribute;
        import dev.spanweave.annotations.TracedSpan;
        @TracedSpan
        class Traced {
          private String run(@SpanAttribute("user") String user) { return user; }
        }
        """);

    assertThat(errors).singleElement().asString()
        .isEqualTo("@SpanAttribute does nothing here: this method is not traced, because"
            + " @TracedSpan on its class traces public methods only. Annotate the method with"
            + " @TracedSpan, or make it public.")
        .doesNotContain("inherit");
  }

  @Test
  void spanAttributeInheritedFromAnInterfaceMethodNamesInheritance() throws IOException {
    List<String> errors = aspectErrors("Impl", """
        import dev.spanweave.annotations.SpanAttribute;
        interface Api { String run(@SpanAttribute String user); }
        class Impl implements Api {
          public String run(String user) { return user; }
        }
        """);

    assertThat(errors).singleElement().asString()
        .isEqualTo("@SpanAttribute on the interface method that this method implements does"
            + " nothing: annotations on interface methods are not inherited, and this method is"
            + " not traced. Put @TracedSpan and @SpanAttribute on this method.");
  }

  @Test
  void ajcRunsTracingCoresChecksToo() throws IOException {
    List<String> errors = compileErrors("Api", """
        import dev.spanweave.annotations.TracedSpan;
        interface Api { @TracedSpan String run(String user); }
        """);

    assertThat(errors).singleElement().asString()
        .startsWith("@TracedSpan on interface method Api.run() does nothing: annotations on"
            + " interface methods are not inherited by the implementing methods.");
  }

  @Test
  void correctUseCompilesCleanly() throws IOException {
    List<String> errors = compileErrors("Fine", """
        import dev.spanweave.annotations.SpanAttribute;
        import dev.spanweave.annotations.TracedSpan;
        class Fine {
          @TracedSpan String run(@SpanAttribute String user) { return user; }
        }
        """);

    assertThat(errors).isEmpty();
    assertThat(new File(dir.toFile(), "out/Fine.class")).exists();
  }

  @Test
  void ajcFailsOnAnAttributePathThatDoesNotResolve() throws IOException {
    List<String> errors = compileErrors("Paths", """
        import dev.spanweave.annotations.SpanAttribute;
        import dev.spanweave.annotations.TracedSpan;
        record Customer(long id, String email) {}
        record Order(@SpanAttribute("order.id") String id, Customer customer) {}
        class Paths {
          @TracedSpan void place(
              @SpanAttribute(value = "order.customer_id", path = "customer.id")
              @SpanAttribute(value = "order.email", path = "customer.emial") Order order) {}
        }
        """);

    // the message docs/attribute-paths.md shows
    assertThat(errors).containsExactly("@SpanAttribute(path = \"customer.emial\") on parameter"
        + " 'order' of Paths.place(): path 'customer.emial' does not resolve: Customer has no"
        + " member 'emial' (a record component, a public getter getEmial()/isEmial(), a public"
        + " field or a public method emial()); closest: email, id");
  }
}
