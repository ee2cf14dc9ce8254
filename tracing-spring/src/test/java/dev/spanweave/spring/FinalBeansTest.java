package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.test.SpanweaveExtension;
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

  @Test
  void aFinalClassStartsAndRunsUntraced(CapturedOutput output) {
    runner.withBean(FinalLedger.class).run(context -> {
      assertThat(context).hasNotFailed();
      FinalLedger ledger = context.getBean(FinalLedger.class);
      assertThat(AopUtils.isAopProxy(ledger)).isFalse();
      assertThat(ledger.balance()).isEqualTo(42);
    });

    assertThat(spans.spans()).isEmpty();
    assertThat(output.getOut()).containsOnlyOnce("the methods of " + FinalLedger.class.getName()
        + " are not traced: the class is final (or sealed)");
  }

  @Test
  void aSealedClassStartsAndRunsUntraced(CapturedOutput output) {
    runner.withBean(SealedTariff.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(SealedTariff.class).rate()).isEqualTo(7);
    });

    assertThat(spans.spans()).isEmpty();
    assertThat(output.getOut()).containsOnlyOnce("the methods of " + SealedTariff.class.getName()
        + " are not traced: the class is final (or sealed)");
  }

  @Test
  void aFinalMethodRunsOnTheBeanNotOnAnEmptyProxy(CapturedOutput output) {
    runner.withBean(SealedLedger.class).run(context -> {
      assertThat(context).hasNotFailed();
      SealedLedger ledger = context.getBean(SealedLedger.class);
      assertThat(AopUtils.isAopProxy(ledger)).isFalse();
      assertThat(ledger.balance()).isEqualTo(42);
    });

    assertThat(spans.spans()).isEmpty();
    assertThat(output.getOut()).containsOnlyOnce("the methods of " + SealedLedger.class.getName()
        + " are not traced: its method SealedLedger.balance() is final");
  }

  @Test
  void aPrivateOrStaticMethodAloneGetsNoProxy(CapturedOutput output) {
    runner.withBean(HiddenLedger.class).run(context -> {
      HiddenLedger ledger = context.getBean(HiddenLedger.class);
      assertThat(AopUtils.isAopProxy(ledger)).isFalse();
      assertThat(ledger.balance()).isEqualTo(42);
    });

    assertThat(spans.spans()).isEmpty();
    assertThat(output.getOut()).doesNotContain(HiddenLedger.class.getName());
  }

  @Test
  void aClassWithAFinalMethodIsNotProxiedForItsOpenOnes(CapturedOutput output) {
    runner.withBean(MixedLedger.class).run(context -> {
      MixedLedger ledger = context.getBean(MixedLedger.class);
      assertThat(AopUtils.isAopProxy(ledger)).isFalse();
      assertThat(ledger.balance()).as("on a proxy, this final method would read null").isEqualTo(42);
      assertThat(ledger.audit()).isEqualTo("ok 42");
    });

    assertThat(spans.spans()).isEmpty();
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
