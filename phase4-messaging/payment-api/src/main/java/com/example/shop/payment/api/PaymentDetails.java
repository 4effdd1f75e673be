package com.example.shop.payment.api;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the customer wants to pay, as an order carries it: a card token for CARD, a VPA ({@code name@bank}) for UPI,
 * nothing for cash on delivery. Its shape is part of payment-service's contract, so order-service can refuse a
 * malformed one at once (400) without asking payment-service; whether the card or the bank then accepts the payment
 * is decided by payment-service, later.
 */
public record PaymentDetails(@NotNull PaymentMethod method, String cardToken, String vpa) {

    private static final Pattern CARD_TOKEN = Pattern.compile("tok_[a-z0-9_]{1,60}");
    private static final Pattern VPA = Pattern.compile("[A-Za-z0-9._-]{2,256}@[A-Za-z]{2,64}");

    /** What is wrong with these details, as the field and the reason; empty if they are well formed. */
    public Optional<FieldProblem> problem() {
        return switch (method) {
            case CARD ->
                cardToken == null || cardToken.isBlank()
                        ? Optional.of(new FieldProblem("payment.cardToken", "is required for CARD payments"))
                        : CARD_TOKEN.matcher(cardToken).matches()
                                ? Optional.empty()
                                : Optional.of(new FieldProblem("payment.cardToken", "is not a card token (tok_...)"));
            case UPI ->
                vpa == null || vpa.isBlank()
                        ? Optional.of(new FieldProblem("payment.vpa", "is required for UPI payments"))
                        : VPA.matcher(vpa).matches()
                                ? Optional.empty()
                                : Optional.of(new FieldProblem("payment.vpa", "must look like name@bank"));
            case COD -> Optional.empty();
        };
    }

    /** One invalid field of the request. */
    public record FieldProblem(String field, String message) {}
}
