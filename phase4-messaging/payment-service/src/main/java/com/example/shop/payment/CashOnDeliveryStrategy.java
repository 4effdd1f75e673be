package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Cash on delivery: nothing to charge now, so it always succeeds; the courier collects later. */
@Component
class CashOnDeliveryStrategy implements PaymentStrategy {

    @Override
    public PaymentMethod method() {
        return PaymentMethod.COD;
    }

    @Override
    public ChargeOutcome charge(UUID orderId, Money amount, PaymentDetails details) {
        return ChargeOutcome.AUTHORIZED;
    }
}
