package com.example.shop.acceptance.api;

import java.math.BigDecimal;

/** Money as the contract has it: a decimal amount (a JSON string on the wire) and an ISO currency. */
public record Money(BigDecimal amount, String currency) {

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other + " to " + this);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The same value without trailing zeros, so that 19.9 and 19.90 compare equal as the same price. */
    public Money normalized() {
        var stripped = amount.stripTrailingZeros();
        return new Money(stripped.scale() < 0 ? stripped.setScale(0) : stripped, currency);
    }
}
