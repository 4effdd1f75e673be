package com.example.shop.product;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The products order-service prices an order with (the service account only, see {@link SecurityConfiguration}). In
 * phase 1 this was a method call to {@link ProductCatalog#findAll}; unknown ids are simply absent from the answer.
 */
@RestController
@RequestMapping("/internal/products")
class InternalProductController {

    private final ProductCatalog catalog;

    InternalProductController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code GET /internal/products?ids=1,2,3} */
    @GetMapping
    List<ProductDetails> products(@RequestParam Set<Long> ids) {
        return catalog.findAll(ids).values().stream()
                .sorted(Comparator.comparing(ProductDetails::id))
                .toList();
    }
}
