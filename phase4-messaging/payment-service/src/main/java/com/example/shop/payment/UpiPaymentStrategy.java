package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** UPI payments to a virtual payment address ({@code name@bank}); a VPA at {@code @decline} is declined. */
@Component
class UpiPaymentStrategy implements PaymentStrategy {

    @Override
    public PaymentMethod method() {
        return PaymentMethod.UPI;
    }

    @Override
    public ChargeOutcome charge(UUID orderId, Money amount, PaymentDetails details) {
        return details.vpa().endsWith("@decline") ? ChargeOutcome.DECLINED : ChargeOutcome.CAPTURED;
    }
}
