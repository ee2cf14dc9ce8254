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

/** Misuse that would silently do nothing fails the build under compile-time weaving. */
class CompileTimeChecksTest {

  @TempDir Path dir;

  private List<String> compileErrors(String className, String source) throws IOException {
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);
    String aspectJar = dev.spanweave.aspectj.JoinPointTraces.class.getProtectionDomain()
        .getCodeSource().getLocation().getPath();
    MessageHandler handler = new MessageHandler();
    new Main().run(new String[] {
        "-17", "-classpath", System.getProperty("java.class.path"),
        "-aspectpath", aspectJar,
        "-d", dir.resolve("out").toString(), file.toString()}, handler);
    List<String> errors = new ArrayList<>();
    for (IMessage message : handler.getMessages(IMessage.ERROR, true)) {
      errors.add(message.getMessage());
    }
    return errors;
  }

  @Test
  void spanAttributeOnAnUntracedMethodIsACompileError() throws IOException {
    List<String> errors = compileErrors("Untraced", """
        import dev.spanweave.annotations.SpanAttribute;
        class Untraced {
          String run(@SpanAttribute("user") String user) { return user; }
        }
        """);

    assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error)
        .contains("@SpanAttribute").contains("is ignored").contains("the method has no @TracedSpan"));
  }

  @Test
  void spanAttributeInheritedFromAnInterfaceMethodIsACompileError() throws IOException {
    List<String> errors = compileErrors("Impl", """
        import dev.spanweave.annotations.SpanAttribute;
        import dev.spanweave.annotations.TracedSpan;
        interface Api { @TracedSpan String run(@SpanAttribute String user); }
        class Impl implements Api {
          public String run(String user) { return user; }
        }
        """);

    assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error)
        .contains("is ignored").contains("not inherited"));
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
}
