import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the start-up benchmark's beans: {@code count} classes of {@code methods} methods each, in
 * the package the application scans. Most are untraced, as in an application; every {@code tracedEvery}-th (every 100th in the build: three beans) has two
 * {@code @TracedSpan} methods; every other one implements an interface of its own, every third is
 * an {@code @Component} rather than an {@code @Service}. Run by the build
 * ({@code java GenerateBeans.java DIR COUNT METHODS TRACED_EVERY}), never by hand.
 */
public class GenerateBeans {

  static final String PACKAGE = "dev.spanweave.benchmarks.startup.beans";

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
    int count = Integer.parseInt(args[1]);
    int methods = Integer.parseInt(args[2]);
    int tracedEvery = Integer.parseInt(args[3]);
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      String name = String.format("Bean%03d", i);
      boolean traced = i % tracedEvery == 0;
      boolean api = i % 2 == 1;
      if (api) {
        write(dir, name + "Api", iface(name, methods));
      }
      write(dir, name, bean(name, methods, traced, api, i % 3 == 0));
    }
  }

  private static String iface(String name, int methods) {
    StringBuilder s = new StringBuilder("package " + PACKAGE + ";\n\n");
    s.append("/** Generated. */\npublic interface ").append(name).append("Api {\n");
    for (int m = 0; m < methods; m++) {
      s.append("  String op").append(m).append("(String input, int count);\n");
    }
    return s.append("}\n").toString();
  }

  private static String bean(String name, int methods, boolean traced, boolean api,
      boolean component) {
    StringBuilder s = new StringBuilder("package " + PACKAGE + ";\n\n");
    s.append("/** Generated. */\n@org.springframework.stereotype.")
        .append(component ? "Component" : "Service").append("\npublic class ").append(name);
    if (api) {
      s.append(" implements ").append(name).append("Api");
    }
    s.append(" {\n  private int calls;\n\n");
    for (int m = 0; m < methods; m++) {
      if (traced && m < 2) {
        s.append("  @dev.spanweave.annotations.TracedSpan\n");
      }
      String param = traced && m == 0
          ? "@dev.spanweave.annotations.SpanAttribute(\"input\") String input" : "String input";
      s.append("  public String op").append(m).append('(').append(param)
          .append(", int count) {\n    calls++;\n    return input + count + \"")
          .append(name).append('.').append(m).append("\";\n  }\n\n");
    }
    s.append("  int calls() {\n    return calls;\n  }\n}\n");
    return s.toString();
  }

  private static void write(Path dir, String type, String source) throws IOException {
    Path file = dir.resolve(type + ".java");
    if (!Files.exists(file) || !Files.readString(file).equals(source)) {
      Files.writeString(file, source);
    }
  }
}
