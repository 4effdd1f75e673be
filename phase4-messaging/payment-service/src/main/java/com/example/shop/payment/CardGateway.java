package com.example.shop.payment;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A stand-in for a card acquirer, driven by test tokens: {@code tok_visa} is approved, {@code tok_declined} is
 * declined, {@code tok_flaky} times out on its first attempts for a payment and is approved after that.
 */
@Component
class CardGateway {

    private final PaymentProperties properties;
    private final Map<UUID, Integer> flakyAttempts = new ConcurrentHashMap<>();

    CardGateway(PaymentProperties properties) {
        this.properties = properties;
    }

    /** @return whether the card was approved; throws {@link GatewayTimeoutException} when the acquirer is silent */
    boolean authorize(UUID paymentId, String token) {
        return switch (token) {
            case "tok_visa" -> true;
            case "tok_declined" -> false;
            case "tok_flaky" -> flakyAnswer(paymentId);
            default -> false; // a token the acquirer does not know is declined
        };
    }

    private boolean flakyAnswer(UUID paymentId) {
        int attempt = flakyAttempts.merge(paymentId, 1, Integer::sum);
        if (attempt <= properties.card().flakyFailures()) {
            throw new GatewayTimeoutException("Card acquirer did not answer (attempt " + attempt + ", simulated)");
        }
        flakyAttempts.remove(paymentId);
        return true;
    }

    /** The acquirer did not answer in time: worth another try. */
    static class GatewayTimeoutException extends RuntimeException {
        GatewayTimeoutException(String message) {
            super(message);
        }
    }
}
