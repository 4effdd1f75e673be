package com.example.shop.order.invoice;

import com.example.shop.common.NotFoundException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** notification-service attaches the invoice to the confirmation e-mail (the service account only). */
@RestController
class InternalInvoiceController {

    private final Invoices invoices;

    InternalInvoiceController(Invoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping(value = "/internal/orders/{id}/invoice", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> invoice(@PathVariable UUID id) {
        Invoice invoice = invoices.of(id).orElseThrow(() -> new NotFoundException("Invoice of order", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(invoice.pdf());
    }
}
