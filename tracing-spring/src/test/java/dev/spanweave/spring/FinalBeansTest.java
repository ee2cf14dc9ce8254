package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.test.SpanweaveExtension;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Beans a CGLIB proxy cannot trace: a final or sealed class, or a class with a final method
 * (Kotlin's defaults without the all-open plugin). Annotating them must not break the application:
 * the context starts, every method returns what it returns without spanweave, and spanweave says
 * once why and what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class FinalBeansTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(AopAutoConfiguration.class, SpanweaveAutoConfiguration.class));

  /** The context starts, the bean is not proxied, {@code calls} pass on it, and no span is made. */
  private <T> void runsAsWritten(Class<T> type, Consumer<T> calls) {
    runner.withBean(type).run(context -> {
      assertThat(context).hasNotFailed();
      T bean = context.getBean(type);
      assertThat(AopUtils.isAopProxy(bean)).isFalse();
      calls.accept(bean);
    });

    assertThat(spans.spans()).isEmpty();
  }

  @Test
  void aFinalClassStartsAndRunsUntraced(CapturedOutput output) {
    runsAsWritten(FinalLedger.class, ledger -> assertThat(ledger.balance()).isEqualTo(42));

    assertThat(output.getOut()).containsOnlyOnce("the methods of " + FinalLedger.class.getName()
        + " are not traced: the class is final (or sealed)");
  }

  @Test
  void aSealedClassStartsAndRunsUntraced(CapturedOutput output) {
    runsAsWritten(SealedTariff.class, tariff -> assertThat(tariff.rate()).isEqualTo(7));

    assertThat(output.getOut()).containsOnlyOnce("the methods of " + SealedTariff.class.getName()
        + " are not traced: the class is final (or sealed)");
  }

  @Test
  void aFinalMethodRunsOnTheBeanNotOnAnEmptyProxy(CapturedOutput output) {
    runsAsWritten(SealedLedger.class, ledger -> assertThat(ledger.balance()).isEqualTo(42));

    assertThat(output.getOut()).containsOnlyOnce("the methods of " + SealedLedger.class.getName()
        + " are not traced: its method SealedLedger.balance() is final");
  }

  @Test
  void aPrivateOrStaticMethodAloneGetsNoProxy(CapturedOutput output) {
    runsAsWritten(HiddenLedger.class, ledger -> assertThat(ledger.balance()).isEqualTo(42));

    assertThat(output.getOut()).doesNotContain(HiddenLedger.class.getName());
  }

  @Test
  void aClassWithAFinalMethodIsNotProxiedForItsOpenOnes(CapturedOutput output) {
    runsAsWritten(MixedLedger.class, ledger -> {
      assertThat(ledger.balance()).as("on a proxy, this final method would read null").isEqualTo(42);
      assertThat(ledger.audit()).isEqualTo("ok 42");
    });

    assertThat(output.getOut()).containsOnlyOnce("the methods of " + MixedLedger.class.getName()
        + " are not traced: its method MixedLedger.balance() is final, and would run on a Spring"
        + " proxy's empty fields instead of the bean's. Make it open");
  }

  static final class FinalLedger {
    private final int amount = 42;

    @TracedSpan
    public int balance() {
      return amount;
    }
  }

  static class SealedLedger {
    private final Integer amount = 42;

    @TracedSpan
    public final int balance() {
      return amount;
    }
  }

  static sealed class SealedTariff permits ReducedTariff {
    private final Integer rate = 7;

    @TracedSpan
    public int rate() {
      return rate;
    }
  }

  static final class ReducedTariff extends SealedTariff {}

  static class HiddenLedger {
    private final Integer amount = 42;

    public int balance() {
      return read() + zero();
    }

    @TracedSpan
    private int read() {
      return amount;
    }

    @TracedSpan
    static int zero() {
      return 0;
    }
  }

  static class MixedLedger {
    private final Integer amount = 42;

    @TracedSpan
    public final int balance() {
      return amount;
    }

    @TracedSpan
    public String audit() {
      return "ok " + amount;
    }
  }
}
