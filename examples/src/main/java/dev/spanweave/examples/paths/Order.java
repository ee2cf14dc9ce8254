package dev.spanweave.examples.paths;

import dev.spanweave.annotations.SpanAttribute;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order whose annotated components are recorded wherever an order is a recorded argument or
 * result.
 *
 * @param id the order's id, recorded as {@code order.id}
 * @param total the amount, recorded as {@code order.total} (a string, from {@code toString()})
 * @param items the item codes, recorded under the argument's key and {@code .items}
 * @param customer not recorded unless a path asks for it
 */
// tag::order[]
public record Order(
    @SpanAttribute("order.id") String id,
    @SpanAttribute("order.total") BigDecimal total,
    @SpanAttribute List<String> items,
    Customer customer) {}
// end::order[]
