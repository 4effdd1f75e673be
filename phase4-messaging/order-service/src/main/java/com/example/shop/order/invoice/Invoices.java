package com.example.shop.order.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues each confirmed order's invoice once, and serves it. */
@Component
public class Invoices {

    private static final Logger log = LoggerFactory.getLogger(Invoices.class);

    private final InvoiceRepository invoices;
    private final Clock clock;

    Invoices(InvoiceRepository invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Invoice> of(UUID orderId) {
        return invoices.findById(orderId);
    }

    /**
     * Once per order: a job that runs twice, or a job and the sweep, issue one invoice (the order id is its key). Runs
     * in a transaction of its own, so that a second attempt losing the race rolls back only itself.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void issue(InvoiceDraft draft) {
        if (invoices.existsById(draft.orderId())) {
            return;
        }
        Instant now = clock.instant();
        String number =
                "INV-" + now.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", invoices.nextNumber());
        try {
            invoices.saveAndFlush(new Invoice(draft.orderId(), number, InvoicePdf.render(number, draft, now), now));
            log.info("Issued invoice {} for order {}", number, draft.orderId());
        } catch (DataIntegrityViolationException issuedMeanwhile) {
            log.debug("Invoice of order {} was issued by another worker meanwhile", draft.orderId());
        }
    }
}
