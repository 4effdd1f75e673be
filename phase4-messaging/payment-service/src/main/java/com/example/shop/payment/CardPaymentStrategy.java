package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Cards, through the (simulated) acquirer: one authorization per attempt; a silent acquirer is a failed attempt. */
@Component
class CardPaymentStrategy implements PaymentStrategy {

    private static final Logger log = LoggerFactory.getLogger(CardPaymentStrategy.class);

    private final CardGateway gateway;

    CardPaymentStrategy(CardGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.CARD;
    }

    @Override
    public ChargeOutcome charge(UUID orderId, Money amount, PaymentDetails details) {
        try {
            return gateway.authorize(orderId, details.cardToken()) ? ChargeOutcome.CAPTURED : ChargeOutcome.DECLINED;
        } catch (CardGateway.GatewayTimeoutException silent) {
            log.info("Card payment for order {}: {}", orderId, silent.getMessage());
            return ChargeOutcome.FAILED;
        }
    }
}
