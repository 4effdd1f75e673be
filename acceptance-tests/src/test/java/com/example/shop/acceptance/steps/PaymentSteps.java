package com.example.shop.acceptance.steps;

import static com.example.shop.acceptance.http.Capability.PAYMENT;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.Payment;
import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.http.ShopClient;
import java.util.UUID;

/** The customer's view of what was charged for an order. */
public final class PaymentSteps {

    private final ShopClient shop;

    public PaymentSteps(ShopClient shop) {
        this.shop = shop;
    }

    public ApiResponse lookUp(Customer customer, UUID orderId) {
        return shop.get(PAYMENT, "/api/payments?orderId=" + orderId)
                .bearer(customer.accessToken())
                .send();
    }

    public Payment paymentFor(Customer customer, UUID orderId) {
        var response = lookUp(customer, orderId);
        assertThatResponse(response).hasStatus(200);
        return response.as(Payment.class);
    }
}
