package com.example.shop.order.client;

import com.example.shop.common.InvalidRequestException;
import com.example.shop.common.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** payment-service, as the order service sees it: check payment details, charge an order, refund it. */
@HttpExchange("/internal/payments")
public interface Payments {

    @PostExchange("/validation")
    void check(@RequestBody PaymentDetails details);

    /** Rejects incomplete details before anything is reserved or charged, naming the field as payment-service did. */
    default void validate(PaymentDetails details) {
        try {
            check(details);
        } catch (HttpClientErrorException.BadRequest invalid) {
            ValidationProblem problem = invalid.getResponseBodyAs(ValidationProblem.class);
            if (problem == null || problem.errors() == null || problem.errors().isEmpty()) {
                throw new InvalidRequestException("payment", "is not valid");
            }
            var first = problem.errors().get(0);
            throw new InvalidRequestException(
                    first.field(), first.message() == null ? "is not valid" : first.message());
        }
    }

    @PostExchange
    PaymentResult charge(@RequestBody Charge charge);

    default PaymentResult charge(UUID orderId, UUID customerId, Money amount, PaymentDetails details) {
        return charge(new Charge(orderId, customerId, amount, details));
    }

    @PostExchange("/{orderId}/refund")
    Refund refundOrder(@PathVariable UUID orderId);

    /** Refunds the order's payment; an order that was never charged has nothing to refund (404). */
    default Optional<PaymentStatus> refund(UUID orderId) {
        try {
            return Optional.of(refundOrder(orderId).status());
        } catch (HttpClientErrorException.NotFound neverCharged) {
            return Optional.empty();
        }
    }

    record Charge(UUID orderId, UUID customerId, Money amount, PaymentDetails payment) {}

    record Refund(PaymentStatus status) {}

    /** The part of payment-service's validation problem that matters here. */
    record ValidationProblem(List<InvalidRequestException.FieldProblem> errors) {}
}
