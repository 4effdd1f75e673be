package com.example.shop.order.api;

import com.example.shop.common.Money;
import java.time.Instant;
import java.util.UUID;

/** Stock is reserved and the payment taken (or authorised): the order will be shipped. */
public record OrderConfirmed(UUID eventId, Instant occurredAt, UUID orderId, UUID customerId, Money total)
        implements OrderEvent {}
