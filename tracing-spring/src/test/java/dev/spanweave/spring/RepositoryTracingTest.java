package dev.spanweave.spring;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.spring.data.DataApplication;
import dev.spanweave.spring.data.OwnerRepository;
import dev.spanweave.spring.data.PetRepository;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Spring Data JPA repositories on H2, traced through their interfaces: the implementation is
 * generated, so the interface is where the annotations are, and the span is named after it.
 */
@SpringBootTest(
    classes = {DataApplication.class, KitBackedApplication.Spans.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RepositoryTracingTest extends KitBackedApplication {

  @Autowired OwnerRepository owners;
  @Autowired PetRepository pets;

  @Test
  void aDerivedQueryIsTracedUnderTheServiceAndTheController() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/owners?lastName=Fr"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).contains("Franklin");

    List<SpanData> ended = spans.awaitAllEnded();
    SpanData server =
        ended.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
    SpanData controller = spans.span("OwnerSearchController.find");
    SpanData service = spans.span("OwnerDirectory.search");
    assertThat(controller).hasParent(server);
    assertThat(service).hasParent(controller);
    assertThat(spans.span("OwnerRepository.findByLastNameStartingWith"))
        .hasParent(service)
        .hasAttribute(stringKey("petclinic.last_name"), "Fr");
    // exactly one span per call: no second one from a proxy of the proxy
    assertThat(ended).extracting(SpanData::getName).containsExactlyInAnyOrder(server.getName(),
        "OwnerSearchController.find", "OwnerDirectory.search",
        "OwnerRepository.findByLastNameStartingWith");
  }

  @Test
  void queryMethodsDefaultMethodsAndInheritedMethodsOfATracedInterface() {
    assertThat(owners.countNamed("Davis")).isEqualTo(1);
    assertThat(owners.anyNamed("Nobody")).isFalse();
    assertThat(owners.findById(1)).isPresent();

    assertThat(spans.spans()).extracting(SpanData::getName).containsExactly(
        "OwnerRepository.countNamed", "OwnerRepository.anyNamed", "OwnerRepository.findById");
    assertThat(spans.span("OwnerRepository.countNamed"))
        .hasAttribute(stringKey("lastName"), "Davis");
    assertThat(spans.span("OwnerRepository.anyNamed"))
        .hasAttribute(stringKey("petclinic.last_name"), "Nobody");
  }

  @Test
  void anExceptionIsRecordedAndRethrownUnchanged() {
    assertThatThrownBy(() -> owners.findById(null))
        .isInstanceOf(org.springframework.dao.InvalidDataAccessApiUsageException.class);

    assertThat(spans.span("OwnerRepository.findById"))
        .hasStatus(StatusData.error())
        .hasAttribute(stringKey("error.type"),
            org.springframework.dao.InvalidDataAccessApiUsageException.class.getName());
  }

  @Test
  void onlyTheAnnotatedMethodsOfAnUnannotatedInterface() {
    assertThat(pets.findByName("Leo")).hasSize(1);
    assertThat(pets.findByNameStartingWith("L")).hasSize(1);
    assertThat(pets.count()).isEqualTo(1);
    assertThat(pets.woven()).isEqualTo("woven");

    assertThat(spans.spans()).extracting(SpanData::getName)
        .containsExactly("pets.by_name", "PetRepository.findByNameStartingWith");
    assertThat(spans.span("pets.by_name")).hasAttribute(stringKey("petclinic.pet_name"), "Leo");
  }
}
