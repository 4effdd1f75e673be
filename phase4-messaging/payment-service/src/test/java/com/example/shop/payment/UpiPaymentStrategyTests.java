package com.example.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
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

    static PaymentDetails upi(String vpa) {
        return new PaymentDetails(PaymentMethod.UPI, null, vpa);
    }
}
