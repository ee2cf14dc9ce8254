package dev.spanweave.it.ltw;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import io.micrometer.myapp.Checker;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.myapp.Greeter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.samples.petclinic.owner.OwnerLookup;

/**
 * The shipped aop.xml reaches an application whose packages start like a framework's: its
 * excludes name the frameworks' packages, never an organisation's root, since an exclude wins over
 * any include of the user's.
 */
class FrameworkLikePackagesTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  @Test
  void aPetClinicLikePackageIsWovenPrivateHelperIncluded() {
    assertThat(new OwnerLookup().find(7)).isEqualTo("owner 7");

    SpanData find = spans.span("OwnerLookup.find");
    assertThat(find).hasAttribute(AttributeKey.longKey("petclinic.owner_id"), 7L);
    assertThat(spans.span("OwnerLookup.name")).hasParent(find);
  }

  @Test
  void anApacheOrMicrometerLikePackageIsWoven() {
    assertThat(new Greeter().greet("x")).isEqualTo("hello x");
    assertThat(new Checker().check()).isTrue();

    assertThat(spans.spans()).extracting(SpanData::getName)
        .containsExactly("Greeter.greet", "check");
  }
}
