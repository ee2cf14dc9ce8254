package dev.spanweave.it.webflux

import dev.spanweave.test.SpanweaveExtension
import io.opentelemetry.api.OpenTelemetry
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.boot.test.context.TestConfiguration
import org.springframework.boot.test.web.server.LocalServerPort
import org.springframework.context.annotation.Bean
import org.springframework.web.reactive.function.client.WebClient

/**
 * A Kotlin WebFlux application with Spring Boot's OpenTelemetry starter and
 * `spring.reactor.context-propagation=auto`: a suspend controller and service traced through
 * their proxies, and the WebClient call the service awaits, are one tree under the request's
 * server span; likewise for functions returning Mono.
 */
@SpringBootTest(
    classes = [RatesApplication::class, WebFluxKotlinTest.Spans::class],
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
)
class WebFluxKotlinTest {

    companion object {
        @JvmField
        @RegisterExtension
        val spans: SpanweaveExtension = SpanweaveExtension.create()
    }

    @TestConfiguration
    class Spans {
        @Bean
        fun openTelemetry(): OpenTelemetry = spans.openTelemetry()
    }

    @LocalServerPort
    var port: Int = 0

    private fun get(path: String): String? =
        WebClient.create("http://localhost:$port").get().uri(path).retrieve()
            .bodyToMono(String::class.java).block()

    @Test
    fun `a suspend function's awaited WebClient call is its child`() {
        assertThat(get("/rates/EURUSD")).isEqualTo("EURUSD=1.08")

        spans.assertTrace(
            """
            http get /rates/{pair}  [SERVER]
            └─ RateController.rate
                  fx.pair = EURUSD
               └─ RateService.fetch
                     fx.pair = EURUSD
                  └─ http get  [CLIENT]
                     └─ http get /upstream/{pair}  [SERVER]
            """.trimIndent() + "\n",
        )
    }

    @Test
    fun `a Mono's WebClient call is its child`() {
        assertThat(get("/mono/EURUSD")).isEqualTo("EURUSD=1.08")

        spans.assertTrace(
            """
            http get /mono/{pair}  [SERVER]
            └─ RateController.mono
                  fx.pair = EURUSD
               └─ RateService.fetchMono
                     fx.pair = EURUSD
                  └─ http get  [CLIENT]
                     └─ http get /upstream/{pair}  [SERVER]
            """.trimIndent() + "\n",
        )
    }
}
