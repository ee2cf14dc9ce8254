package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.booleanArrayKey;
import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleArrayKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longArrayKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.it.Fixtures.Exploding;
import dev.spanweave.it.Fixtures.Tier;
import dev.spanweave.it.Fixtures.User;
import io.opentelemetry.api.common.Attributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AttributeTypesTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);
  private final Fixtures.Attributes fixture = new Fixtures.Attributes();

  @Test
  void primitivesBecomeTypedAttributes() {
    fixture.scalars(true, (byte) 1, (short) 2, 3, 4L, 1.5f, 2.5d, 'x');

    Attributes attributes = recorder.only().getAttributes();
    assertThat(attributes.get(booleanKey("flag"))).isTrue();
    assertThat(attributes.get(longKey("b"))).isEqualTo(1L);
    assertThat(attributes.get(longKey("s"))).isEqualTo(2L);
    assertThat(attributes.get(longKey("i"))).isEqualTo(3L);
    assertThat(attributes.get(longKey("l"))).isEqualTo(4L);
    assertThat(attributes.get(doubleKey("f"))).isEqualTo(1.5d);
    assertThat(attributes.get(doubleKey("d"))).isEqualTo(2.5d);
    assertThat(attributes.get(stringKey("c"))).isEqualTo("x");
  }

  @Test
  void wrappersBecomeTypedAttributes() {
    fixture.wrappers(Boolean.FALSE, 7, 8L, 9.25);

    Attributes attributes = recorder.only().getAttributes();
    assertThat(attributes.get(booleanKey("flag"))).isFalse();
    assertThat(attributes.get(longKey("i"))).isEqualTo(7L);
    assertThat(attributes.get(longKey("l"))).isEqualTo(8L);
    assertThat(attributes.get(doubleKey("d"))).isEqualTo(9.25);
  }

  @Test
  void textAndEnumsBecomeStrings() {
    fixture.strings("plain", new StringBuilder("built"), Tier.PRO);

    Attributes attributes = recorder.only().getAttributes();
    assertThat(attributes.get(stringKey("text"))).isEqualTo("plain");
    assertThat(attributes.get(stringKey("chars"))).isEqualTo("built");
    assertThat(attributes.get(stringKey("tier"))).isEqualTo("PRO");
  }

  @Test
  void arraysBecomeTypedArrayAttributes() {
    fixture.arrays(new String[] {"a", "b"}, new int[] {1, 2}, new long[] {3L},
        new double[] {0.5}, new boolean[] {true, false}, new Integer[] {4, 5});

    Attributes attributes = recorder.only().getAttributes();
    assertThat(attributes.get(stringArrayKey("names"))).containsExactly("a", "b");
    assertThat(attributes.get(longArrayKey("ints"))).containsExactly(1L, 2L);
    assertThat(attributes.get(longArrayKey("longs"))).containsExactly(3L);
    assertThat(attributes.get(doubleArrayKey("doubles"))).containsExactly(0.5);
    assertThat(attributes.get(booleanArrayKey("flags"))).containsExactly(true, false);
    assertThat(attributes.get(longArrayKey("boxed"))).containsExactly(4L, 5L);
  }

  @Test
  void collectionsBecomeArrayAttributesOfTheirElementType() {
    fixture.collections(List.of("x", "y"), Set.of(10L), List.of(Tier.FREE, Tier.PRO),
        Arrays.asList(1, "two", null));

    Attributes attributes = recorder.only().getAttributes();
    assertThat(attributes.get(stringArrayKey("names"))).containsExactly("x", "y");
    assertThat(attributes.get(longArrayKey("ids"))).containsExactly(10L);
    assertThat(attributes.get(stringArrayKey("tiers"))).containsExactly("FREE", "PRO");
    assertThat(attributes.get(stringArrayKey("mixed"))).containsExactly("1", "two", "null");
  }

  @Test
  void objectParametersAreTypedByTheirRuntimeValueAndOthersUseToString() {
    fixture.objects(12L, "text", new User("ada"));

    Attributes attributes = recorder.only().getAttributes();
    assertThat(attributes.get(longKey("dynamicLong"))).isEqualTo(12L);
    assertThat(attributes.get(stringKey("dynamicText"))).isEqualTo("text");
    assertThat(attributes.get(stringKey("user"))).isEqualTo("User(ada)");
  }

  @Test
  void nullArgumentsRecordNoAttribute() {
    assertThat(fixture.nullable(null, null)).isEqualTo("done");

    assertThat(recorder.only().getAttributes().isEmpty()).isTrue();
  }

  @Test
  void aThrowingToStringLeavesTheCallAndTheOtherAttributesAlone() {
    assertThat(fixture.exploding(new Exploding(), "still here")).isEqualTo("result untouched");

    Attributes attributes = recorder.only().getAttributes();
    assertThat(attributes.get(stringKey("value"))).isNull();
    assertThat(attributes.get(stringKey("after"))).isEqualTo("still here");
  }

  @Test
  void hugeCollectionsAreCappedSoTheyCostLittle() {
    List<Integer> numbers = new ArrayList<>();
    IntStream.range(0, 100_000).forEach(numbers::add);

    assertThat(fixture.huge(numbers)).isEqualTo(100_000);

    assertThat(recorder.only().getAttributes().get(longArrayKey("numbers"))).hasSize(128)
        .startsWith(0L, 1L, 2L);
  }

  @Test
  void everyArgumentCountIsRecordedAtTheRightPosition() {
    assertThat(fixture.one("1")).isEqualTo("1");
    assertThat(fixture.five("a", 2, "c", "d", "e")).isEqualTo("a2cde");
    assertThat(fixture.mixedRecorded("no", "yes")).isEqualTo("yes");

    assertThat(recorder.named("Attributes.one").getAttributes().get(stringKey("only")))
        .isEqualTo("1");
    Attributes five = recorder.named("Attributes.five").getAttributes();
    assertThat(five.get(longKey("second"))).isEqualTo(2L);
    assertThat(five.get(stringKey("fifth"))).isEqualTo("e");
    assertThat(five.size()).as("only the recorded parameters").isEqualTo(2);
    Attributes mixed = recorder.named("Attributes.mixedRecorded").getAttributes();
    assertThat(mixed.get(stringKey("kept"))).isEqualTo("yes");
    assertThat(mixed.size()).isEqualTo(1);
  }
}
