package com.example.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.common.Money;
import com.example.shop.testsupport.PostgresIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The migration runs on PostgreSQL, and a charge is recorded, shown to its owner only, and refunded once. */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class PaymentServiceIntegrationTests {

    @Autowired
    Payments payments;

    @Test
    void recordsAChargeAndRefundsItIdempotently() {
        UUID order = UUID.randomUUID();
        UUID customer = UUID.randomUUID();

        PaymentResult result = payments.charge(
                order, customer, Money.of("42.50", "EUR"), new PaymentDetails(PaymentMethod.UPI, null, "ada@okbank"));

        assertThat(result).isEqualTo(new PaymentResult(PaymentStatus.CAPTURED, null));
        assertThat(payments.forOrder(order, customer, false))
                .hasValueSatisfying(view -> assertThat(view.amount()).isEqualTo(Money.of("42.50", "EUR")));
        assertThat(payments.forOrder(order, UUID.randomUUID(), false)).isEmpty();
        assertThat(payments.refund(order)).contains(PaymentStatus.REFUNDED);
        assertThat(payments.refund(order)).contains(PaymentStatus.REFUNDED);
    }

    @Test
    void recordsADeclineAsDeclined() {
        UUID order = UUID.randomUUID();

        PaymentResult result = payments.charge(
                order,
                UUID.randomUUID(),
                Money.of("10.00", "EUR"),
                new PaymentDetails(PaymentMethod.CARD, "tok_declined", null));

        assertThat(result.failure()).isEqualTo(PaymentResult.Failure.DECLINED);
        assertThat(payments.forOrder(order, null, true))
                .hasValueSatisfying(view -> assertThat(view.status()).isEqualTo(PaymentStatus.DECLINED));
    }
}
