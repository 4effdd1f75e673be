package com.example.shop.payment;

import com.example.shop.common.Money;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** UPI payments to a virtual payment address ({@code name@bank}); a VPA at {@code @decline} is declined. */
@Component
class UpiPaymentStrategy implements PaymentStrategy {

    private static final Pattern VPA = Pattern.compile("[A-Za-z0-9._-]{2,256}@[A-Za-z]{2,64}");

    @Override
    public PaymentMethod method() {
        return PaymentMethod.UPI;
    }

    @Override
    public Optional<FieldProblem> problemWith(PaymentDetails details) {
        if (details.vpa() == null || details.vpa().isBlank()) {
            return Optional.of(new FieldProblem("payment.vpa", "is required for UPI payments"));
        }
        if (!VPA.matcher(details.vpa()).matches()) {
            return Optional.of(new FieldProblem("payment.vpa", "must look like name@bank"));
        }
        return Optional.empty();
    }

    @Override
    public ChargeOutcome charge(UUID paymentId, Money amount, PaymentDetails details) {
        return details.vpa().endsWith("@decline") ? ChargeOutcome.DECLINED : ChargeOutcome.CAPTURED;
    }
}
