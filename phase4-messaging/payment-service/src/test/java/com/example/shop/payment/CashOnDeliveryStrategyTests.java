package com.example.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CashOnDeliveryStrategyTests {

    @Test
    void authorizesWithoutTakingAnything() {
        var details = new PaymentDetails(PaymentMethod.COD, null, null);

        assertThat(new CashOnDeliveryStrategy().charge(UUID.randomUUID(), Money.of("99.00", "EUR"), details))
                .isEqualTo(ChargeOutcome.AUTHORIZED);
    }
}
