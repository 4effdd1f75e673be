package com.example.shop.payment;

import com.example.shop.common.Caller;
import com.example.shop.common.NotFoundException;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
class PaymentController {

    private final Payments payments;

    PaymentController(Payments payments) {
        this.payments = payments;
    }

    /** Someone else's order answers 404, exactly like an order that does not exist. */
    @GetMapping
    PaymentView forOrder(@RequestParam UUID orderId, Authentication caller) {
        Caller who = Caller.of(caller);
        return payments.forOrder(orderId, who.id(), who.admin())
                .orElseThrow(() -> new NotFoundException("Payment for order", orderId));
    }
}
