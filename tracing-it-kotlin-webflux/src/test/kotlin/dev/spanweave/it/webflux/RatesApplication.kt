package dev.spanweave.it.webflux

import dev.spanweave.annotations.SpanAttribute
import dev.spanweave.annotations.TracedSpan
import java.time.Duration
import kotlinx.coroutines.delay
import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.web.server.context.WebServerApplicationContext
import org.springframework.stereotype.Service
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.awaitBody
import reactor.core.publisher.Mono

@SpringBootApplication
class RatesApplication

@RestController
class RateController(private val rates: RateService) {

    @GetMapping("/rates/{pair}")
    @TracedSpan
    suspend fun rate(@SpanAttribute("fx.pair") @PathVariable pair: String): String {
        delay(5)
        return "$pair=" + rates.fetch(pair)
    }

    @GetMapping("/mono/{pair}")
    @TracedSpan
    fun mono(@SpanAttribute("fx.pair") @PathVariable pair: String): Mono<String> =
        rates.fetchMono(pair).map { "$pair=$it" }

    /** What the service's WebClient calls: untraced, only Boot's server span. */
    @GetMapping("/upstream/{pair}")
    fun upstream(@PathVariable pair: String): String = "1.08"
}

@Service
class RateService(
    private val clients: WebClient.Builder,
    private val server: WebServerApplicationContext,
) {
    private fun client() = clients.baseUrl("http://localhost:" + server.webServer!!.port).build()

    /** Resumes on another thread after the delay, then awaits an observed WebClient call. */
    @TracedSpan
    suspend fun fetch(@SpanAttribute("fx.pair") pair: String): String {
        delay(5)
        return client().get().uri("/upstream/{p}", pair).retrieve().awaitBody()
    }

    @TracedSpan
    fun fetchMono(@SpanAttribute("fx.pair") pair: String): Mono<String> =
        Mono.delay(Duration.ofMillis(5))
            .then(client().get().uri("/upstream/{p}", pair).retrieve().bodyToMono(String::class.java))
}
