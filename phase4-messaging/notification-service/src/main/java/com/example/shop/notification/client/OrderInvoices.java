package com.example.shop.notification.client;

import java.util.Optional;
import java.util.UUID;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** An order's invoice PDF, from order-service ({@code GET /internal/orders/{id}/invoice}, as the service account). */
@Component
public class OrderInvoices {

    private final RestClient orderService;

    OrderInvoices(@LoadBalanced RestClient.Builder builder) {
        this.orderService = builder.clone().baseUrl("http://order-service").build();
    }

    /** Empty while the invoice is not issued yet; an order-service that cannot answer throws. */
    public Optional<byte[]> pdf(UUID orderId) {
        try {
            return Optional.ofNullable(orderService
                    .get()
                    .uri("/internal/orders/{id}/invoice", orderId)
                    .retrieve()
                    .body(byte[].class));
        } catch (HttpClientErrorException.NotFound notYet) {
            return Optional.empty();
        }
    }
}
