package com.example.shop.order.client;

/** How a customer pays. */
public enum PaymentMethod {
    CARD,
    UPI,
    COD
}
