package com.example.shop.payment;

import com.example.shop.common.Money;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * Card payments. A timeout from the acquirer is retried with a growing delay (Spring Framework's {@link
 * RetryTemplate}); a decline is an answer and is never retried.
 */
@Component
class CardPaymentStrategy implements PaymentStrategy {

    private static final Logger log = LoggerFactory.getLogger(CardPaymentStrategy.class);

    private final CardGateway gateway;
    private final RetryTemplate retry;

    CardPaymentStrategy(CardGateway gateway, PaymentProperties properties) {
        this.gateway = gateway;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .includes(CardGateway.GatewayTimeoutException.class)
                .maxRetries(properties.card().maxRetries())
                .delay(properties.card().retryDelay())
                .multiplier(2)
                .build());
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.CARD;
    }

    @Override
    public Optional<FieldProblem> problemWith(PaymentDetails details) {
        if (details.cardToken() == null || details.cardToken().isBlank()) {
            return Optional.of(new FieldProblem("payment.cardToken", "is required for CARD payments"));
        }
        if (!gateway.knows(details.cardToken())) {
            return Optional.of(new FieldProblem("payment.cardToken", "is not a known card token"));
        }
        return Optional.empty();
    }

    @Override
    public ChargeOutcome charge(UUID paymentId, Money amount, PaymentDetails details) {
        try {
            boolean approved = retry.execute(() -> gateway.authorize(paymentId, details.cardToken()));
            return approved ? ChargeOutcome.CAPTURED : ChargeOutcome.DECLINED;
        } catch (RetryException exhausted) {
            log.warn(
                    "Card payment {} failed after retries: {}",
                    paymentId,
                    exhausted.getCause().getMessage());
            return ChargeOutcome.FAILED;
        }
    }
}
