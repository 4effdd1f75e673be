package com.example.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.common.Money;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardPaymentStrategyTests {

    static final Money AMOUNT = Money.of("19.99", "EUR");

    @Test
    void capturesAnApprovedCard() {
        assertThat(strategy(2, 3).charge(UUID.randomUUID(), AMOUNT, card("tok_visa")))
                .isEqualTo(ChargeOutcome.CAPTURED);
    }

    @Test
    void declinesADeclinedCardWithoutRetrying() {
        assertThat(strategy(2, 3).charge(UUID.randomUUID(), AMOUNT, card("tok_declined")))
                .isEqualTo(ChargeOutcome.DECLINED);
    }

    @Test
    void retriesTimeoutsUntilTheAcquirerAnswers() {
        assertThat(strategy(2, 3).charge(UUID.randomUUID(), AMOUNT, card("tok_flaky")))
                .isEqualTo(ChargeOutcome.CAPTURED);
    }

    @Test
    void failsWhenRetriesRunOut() {
        assertThat(strategy(5, 2).charge(UUID.randomUUID(), AMOUNT, card("tok_flaky")))
                .isEqualTo(ChargeOutcome.FAILED);
    }

    @Test
    void requiresAKnownCardToken() {
        assertThat(strategy(2, 3).problemWith(card(null)))
                .hasValueSatisfying(problem -> assertThat(problem.field()).isEqualTo("payment.cardToken"));
        assertThat(strategy(2, 3).problemWith(card("tok_unknown"))).isPresent();
        assertThat(strategy(2, 3).problemWith(card("tok_visa"))).isEmpty();
    }

    static PaymentDetails card(String token) {
        return new PaymentDetails(PaymentMethod.CARD, token, null);
    }

    static CardPaymentStrategy strategy(int flakyFailures, int maxRetries) {
        PaymentProperties properties =
                new PaymentProperties(new PaymentProperties.Card(flakyFailures, maxRetries, Duration.ofMillis(1)));
        return new CardPaymentStrategy(new CardGateway(properties), properties);
    }
}
