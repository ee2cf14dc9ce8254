package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.lang.reflect.Method;
import dev.spanweave.Spanweave;
import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Names, kinds, code attributes and the instrumentation scope. */
class SpanShapeTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);

  @Test
  void defaultNameIsSimpleClassNameDotMethod() {
    new Fixtures.Names().defaultName();

    assertThat(recorder.only()).hasName("Names.defaultName").hasKind(SpanKind.INTERNAL)
        .hasTotalAttributeCount(0);
  }

  @Test
  void codeAttributesNameTheQualifiedMethodWhenSwitchedOn() {
    Spanweave.recordCodeAttributes(true);

    new Fixtures.Names().explicitName();

    assertThat(recorder.only()).hasName("checkout.place-order")
        .hasAttribute(stringKey("code.function.name"), "dev.spanweave.it.Fixtures$Names.explicitName");
  }

  @Test
  void explicitNameIsUsed() {
    new Fixtures.Names().explicitName();

    assertThat(recorder.only()).hasName("checkout.place-order");
  }

  @Test
  void attributeKeysAreExplicitOrTheParameterNameEvenWithoutTheParametersFlag() throws Exception {
    Method keys = Fixtures.Names.class.getDeclaredMethod("keys", String.class, String.class);
    assertThat(keys.getParameters()[1].isNamePresent())
        .as("fixtures are compiled without -parameters")
        .isFalse();

    new Fixtures.Names().keys("ada", "t-1");

    assertThat(recorder.only())
        .hasAttribute(stringKey("app.user_name"), "ada")
        .hasAttribute(stringKey("tenantId"), "t-1");
  }

  @Test
  void kindsAreApplied() {
    Fixtures.Kinds kinds = new Fixtures.Kinds();
    kinds.server();
    kinds.client();
    kinds.producer();
    kinds.consumer();

    assertThat(recorder.spans()).extracting(SpanData::getKind)
        .containsExactly(SpanKind.SERVER, SpanKind.CLIENT, SpanKind.PRODUCER, SpanKind.CONSUMER);
  }

  @Test
  void spansCarryTheLibraryScope() {
    new Fixtures.Names().defaultName();

    SpanData span = recorder.only();
    assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo("dev.spanweave");
    assertThat(span.getInstrumentationScopeInfo().getVersion()).isEqualTo("0.1.0-SNAPSHOT");
  }
}
