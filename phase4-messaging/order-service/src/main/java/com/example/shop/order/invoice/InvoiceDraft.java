package com.example.shop.order.invoice;

import com.example.shop.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What an invoice says: the order as it was confirmed. */
public record InvoiceDraft(
        UUID orderId, UUID customerId, List<Line> lines, Money total, String paymentMethod, Instant orderedAt) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
    }

    public record Line(String product, int quantity, Money unitPrice) {

        Money subtotal() {
            return unitPrice.times(quantity);
        }
    }
}
