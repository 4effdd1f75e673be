package com.example.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One call is one attempt: a silent acquirer is a FAILED attempt for the saga to retry later, not a retry in place. */
class CardPaymentStrategyTests {

    static final Money AMOUNT = Money.of("19.99", "EUR");

    final CardPaymentStrategy strategy = strategy(2);

    @Test
    void capturesAnApprovedCard() {
        assertThat(strategy.charge(UUID.randomUUID(), AMOUNT, card("tok_visa"))).isEqualTo(ChargeOutcome.CAPTURED);
    }

    @Test
    void declinesADeclinedCard() {
        assertThat(strategy.charge(UUID.randomUUID(), AMOUNT, card("tok_declined")))
                .isEqualTo(ChargeOutcome.DECLINED);
    }

    @Test
    void declinesATokenTheAcquirerDoesNotKnow() {
        assertThat(strategy.charge(UUID.randomUUID(), AMOUNT, card("tok_unknown")))
                .isEqualTo(ChargeOutcome.DECLINED);
    }

    @Test
    void failsTheFirstAttemptsOfAFlakyCardThenCapturesIt() {
        UUID order = UUID.randomUUID();

        assertThat(strategy.charge(order, AMOUNT, card("tok_flaky"))).isEqualTo(ChargeOutcome.FAILED);
        assertThat(strategy.charge(order, AMOUNT, card("tok_flaky"))).isEqualTo(ChargeOutcome.FAILED);
        assertThat(strategy.charge(order, AMOUNT, card("tok_flaky"))).isEqualTo(ChargeOutcome.CAPTURED);
    }

    @Test
    void countsTheAttemptsOfEachOrderApart() {
        UUID first = UUID.randomUUID();
        strategy.charge(first, AMOUNT, card("tok_flaky"));

        assertThat(strategy.charge(UUID.randomUUID(), AMOUNT, card("tok_flaky")))
                .isEqualTo(ChargeOutcome.FAILED);
    }

    static PaymentDetails card(String token) {
        return new PaymentDetails(PaymentMethod.CARD, token, null);
    }

    static CardPaymentStrategy strategy(int flakyFailures) {
        PaymentProperties properties = new PaymentProperties(
                new PaymentProperties.Card(flakyFailures), new PaymentProperties.Retry(4, Duration.ofSeconds(1)));
        return new CardPaymentStrategy(new CardGateway(properties));
    }
}
