package com.example.shop.order.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An issued invoice: its number and the PDF, kept so that it is the same document every time it is fetched. */
@Entity
@Table(name = "invoices")
public class Invoice {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(nullable = false, unique = true)
    private String number;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Invoice() {}

    Invoice(UUID orderId, String number, byte[] pdf, Instant issuedAt) {
        this.orderId = orderId;
        this.number = number;
        this.pdf = pdf.clone();
        this.issuedAt = issuedAt;
    }

    public UUID orderId() {
        return orderId;
    }

    public String number() {
        return number;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
