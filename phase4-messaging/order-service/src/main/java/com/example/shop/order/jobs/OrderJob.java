package com.example.shop.order.jobs;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One delayed job, as it waits in Redis: only the order id and what to do are stored; the code that does it is this
 * service's ({@link DueActions}, injected by Redisson when a worker runs the job). A job survives a restart of the
 * service that scheduled it; any instance's worker may run it.
 */
public final class OrderJob implements Runnable, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID orderId;
    private final Kind kind;

    @Autowired
    private transient DueActions actions;

    OrderJob(UUID orderId, Kind kind) {
        this.orderId = orderId;
        this.kind = kind;
    }

    /** The job's id in Redis: stable, so scheduling it again replaces it rather than adding a second one. */
    String id() {
        return "order-" + orderId + "-" + kind.name().toLowerCase();
    }

    @Override
    public void run() {
        switch (kind) {
            case EXPIRE -> actions.expire(orderId);
            case SHIP -> actions.ship(orderId);
            case INVOICE -> actions.issueInvoice(orderId);
        }
    }

    enum Kind {
        EXPIRE,
        SHIP,
        INVOICE
    }
}
