package com.example.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.common.Money;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CashOnDeliveryStrategyTests {

    @Test
    void alwaysAuthorizesWithoutDetails() {
        var strategy = new CashOnDeliveryStrategy();
        var details = new PaymentDetails(PaymentMethod.COD, null, null);

        assertThat(strategy.problemWith(details)).isEmpty();
        assertThat(strategy.charge(UUID.randomUUID(), Money.of("99.00", "EUR"), details))
                .isEqualTo(ChargeOutcome.AUTHORIZED);
    }
}
