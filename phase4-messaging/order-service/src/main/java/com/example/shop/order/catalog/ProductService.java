package com.example.shop.order.catalog;

import com.example.shop.common.Money;
import com.example.shop.security.InternalApiProperties;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The one question order-service still asks product-service, and only when its copy misses a product: one listed a
 * moment ago whose {@code ProductListed} has not arrived yet ({@code GET /internal/products?ids=}, by name, as the
 * service account).
 */
@Component
class ProductService {

    private final RestClient productService;

    ProductService(@LoadBalanced RestClient.Builder builder, InternalApiProperties account) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(1));
        requests.setReadTimeout(Duration.ofSeconds(2));
        this.productService = builder.clone()
                .baseUrl("http://product-service")
                .requestFactory(requests)
                .defaultHeaders(headers -> headers.setBasicAuth(account.username(), account.password()))
                .build();
    }

    /** The products that exist among {@code ids}; throws when product-service cannot answer. */
    List<Product> find(Collection<Long> ids) {
        String commaSeparated = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Product> found = productService
                .get()
                .uri("/internal/products?ids={ids}", commaSeparated)
                .retrieve()
                .body(new ParameterizedTypeReference<List<Product>>() {});
        return found == null ? List.of() : found;
    }

    /** A product as product-service shows it to other services. */
    record Product(Long id, String name, Money price) {}
}
