package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentMethod;
import java.util.UUID;

/** A payment as the API shows it. */
public record PaymentView(UUID id, UUID orderId, PaymentMethod method, Money amount, PaymentStatus status) {}
