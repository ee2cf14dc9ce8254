package dev.spanweave.spring.clients;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;

/**
 * An interface implemented by a JDK proxy made by a library's {@code FactoryBean}, as MyBatis
 * mappers and Feign clients are; spanweave's build-time check cannot know that library, so the
 * interface silences it.
 */
@SuppressWarnings("spanweave")
@TracedSpan
public interface OrderMapper {

  String find(@SpanAttribute("app.order_id") long id);
}
