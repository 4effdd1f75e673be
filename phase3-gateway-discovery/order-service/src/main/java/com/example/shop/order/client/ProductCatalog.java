package com.example.shop.order.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** product-service, as the order service sees it: current names and prices. */
@HttpExchange("/internal/products")
public interface ProductCatalog {

    /** The products that exist among {@code ids} (a comma-separated list), in no particular order. */
    @GetExchange
    List<ProductDetails> find(@RequestParam("ids") String ids);

    /** The products that exist among {@code ids}, by id; unknown ids are simply absent. */
    default Map<Long, ProductDetails> findAll(Collection<Long> ids) {
        String commaSeparated = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return find(commaSeparated).stream().collect(Collectors.toMap(ProductDetails::id, Function.identity()));
    }
}
