package com.example.shop.order;

import com.example.shop.order.catalog.Catalog;
import com.example.shop.payment.api.PaymentDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/orders}. */
record PlaceOrderRequest(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items,
        @NotNull @Valid PaymentDetails payment) {

    record Item(
            @NotNull Long productId,
            @NotNull @Min(1) @Max(100) Integer quantity) implements Catalog.Requested {}
}
