package com.example.shop.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money: never a float. Serialised as {@code {"amount": "19.99", "currency": "EUR"}} so that no client
 * parses it into a binary floating-point number.
 */
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal amount,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency) {

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(2), currency);
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_EVEN), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount).setScale(2, RoundingMode.HALF_EVEN), currency);
    }
}
