package com.example.shop.acceptance.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How the customer pays: CARD with a card token, UPI with a VPA, or COD. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentDetails(String method, String cardToken, String vpa) {

    public static PaymentDetails card(String cardToken) {
        return new PaymentDetails("CARD", cardToken, null);
    }

    public static PaymentDetails upi(String vpa) {
        return new PaymentDetails("UPI", null, vpa);
    }

    public static PaymentDetails cashOnDelivery() {
        return new PaymentDetails("COD", null, null);
    }

    @Override
    public String toString() {
        return method + (cardToken != null ? " " + cardToken : "") + (vpa != null ? " " + vpa : "");
    }
}
