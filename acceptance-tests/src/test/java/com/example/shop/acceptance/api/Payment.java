package com.example.shop.acceptance.api;

import java.util.UUID;

/** A payment: {@code {id, orderId, method, amount, status: AUTHORIZED|CAPTURED|DECLINED|REFUNDED}}. */
public record Payment(String id, UUID orderId, String method, Money amount, String status) {}
