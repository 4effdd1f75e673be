package com.example.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import org.junit.jupiter.api.Test;

/** The shape of payment details is payment-service's contract, which order-service checks when an order is placed. */
class PaymentDetailsTests {

    @Test
    void requiresACardTokenForCardPayments() {
        assertThat(new PaymentDetails(PaymentMethod.CARD, null, null).problem())
                .hasValueSatisfying(problem -> assertThat(problem.field()).isEqualTo("payment.cardToken"));
        assertThat(new PaymentDetails(PaymentMethod.CARD, "4111111111111111", null).problem())
                .isPresent();
        assertThat(new PaymentDetails(PaymentMethod.CARD, "tok_visa", null).problem())
                .isEmpty();
    }

    @Test
    void requiresAWellFormedAddressForUpiPayments() {
        assertThat(new PaymentDetails(PaymentMethod.UPI, null, null).problem())
                .hasValueSatisfying(problem -> assertThat(problem.field()).isEqualTo("payment.vpa"));
        assertThat(new PaymentDetails(PaymentMethod.UPI, null, "no-at-sign").problem())
                .isPresent();
        assertThat(new PaymentDetails(PaymentMethod.UPI, null, "ada@bank1").problem())
                .isPresent();
        assertThat(new PaymentDetails(PaymentMethod.UPI, null, "ada.l@okbank").problem())
                .isEmpty();
    }

    @Test
    void needsNothingForCashOnDelivery() {
        assertThat(new PaymentDetails(PaymentMethod.COD, null, null).problem()).isEmpty();
    }
}
