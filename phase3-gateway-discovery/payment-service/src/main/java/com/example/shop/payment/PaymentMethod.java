package com.example.shop.payment;

/** How a customer pays. */
public enum PaymentMethod {
    CARD,
    UPI,
    COD
}
