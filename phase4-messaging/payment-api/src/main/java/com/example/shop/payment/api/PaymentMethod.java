package com.example.shop.payment.api;

/** How a customer pays. */
public enum PaymentMethod {
    CARD,
    UPI,
    COD
}
