package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The weaver runs (as if started with {@code -javaagent}), but this module's tests do not have
 * tracing-aspectj on their class path: the warning names the missing dependency, not an
 * {@code aop.xml} exclude, and says it once.
 */
@ExtendWith(OutputCaptureExtension.class)
class PassedOverByWeaverTest {

  @Test
  void aWeaverWithoutSpanweavesAspectNamesTheMissingDependency(CapturedOutput output)
      throws NoSuchMethodException {
    PassedOverByWeaver.check(Ledger.class.getMethod("balance"), true);
    PassedOverByWeaver.check(Ledger.class.getMethod("audit"), true);

    assertThat(output.getOut())
        .containsOnlyOnce("the AspectJ load-time weaver runs, but spanweave's aspect is not on the"
            + " class path of " + Ledger.class.getName())
        .contains("add the dependency dev.spanweave:tracing-aspectj")
        .doesNotContain("<exclude>");
  }

  @Test
  void withoutTheWeaverNothingIsSaid(CapturedOutput output) throws NoSuchMethodException {
    PassedOverByWeaver.check(Ledger.class.getMethod("balance"), false);

    assertThat(output.getOut()).doesNotContain("load-time weaver");
  }

  static class Ledger {
    @TracedSpan
    public int balance() {
      return 42;
    }

    @TracedSpan
    public String audit() {
      return "ok";
    }
  }
}
