package com.example.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.common.Money;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpiPaymentStrategyTests {

    final UpiPaymentStrategy strategy = new UpiPaymentStrategy();

    @Test
    void capturesAPaymentToAValidAddress() {
        assertThat(strategy.charge(UUID.randomUUID(), Money.of("5.00", "EUR"), upi("ada@okbank")))
                .isEqualTo(ChargeOutcome.CAPTURED);
    }

    @Test
    void declinesAnAddressAtTheDeclineBank() {
        assertThat(strategy.charge(UUID.randomUUID(), Money.of("5.00", "EUR"), upi("ada@decline")))
                .isEqualTo(ChargeOutcome.DECLINED);
    }

    @Test
    void rejectsMissingOrMalformedAddresses() {
        assertThat(strategy.problemWith(upi(null))).isPresent();
        assertThat(strategy.problemWith(upi("no-at-sign"))).isPresent();
        assertThat(strategy.problemWith(upi("ada@bank1"))).isPresent();
        assertThat(strategy.problemWith(upi("ada.l@okbank"))).isEmpty();
    }

    static PaymentDetails upi(String vpa) {
        return new PaymentDetails(PaymentMethod.UPI, null, vpa);
    }
}
