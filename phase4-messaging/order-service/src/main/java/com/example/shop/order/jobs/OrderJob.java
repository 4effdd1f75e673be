package com.example.shop.order.jobs;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One delayed job, as it waits in Redis: only the order id and what to do are stored; the code that does it is this
 * service's ({@link DueActions}, injected by Redisson when a worker runs the job). A job survives a restart of the
 * service that scheduled it; any instance's worker may run it.
 *
 * <p>Redisson ships a job's class to the worker with the job and defines it there anew, so a job refers to public types
 * only (no nested enum, no package-private service): what to do is a string.
 */
public final class OrderJob implements Runnable, Serializable {

    static final String EXPIRE = "expire";
    static final String SHIP = "ship";
    static final String INVOICE = "invoice";

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID orderId;
    private final String action;

    @Autowired
    private transient DueActions actions;

    OrderJob(UUID orderId, String action) {
        this.orderId = orderId;
        this.action = action;
    }

    /** The job's id in Redis: stable, so scheduling it again replaces it rather than adding a second one. */
    String id() {
        return "order-" + orderId + "-" + action;
    }

    @Override
    public void run() {
        switch (action) {
            case EXPIRE -> actions.expire(orderId);
            case SHIP -> actions.ship(orderId);
            case INVOICE -> actions.issueInvoice(orderId);
            default -> throw new IllegalStateException("Unknown order job " + action);
        }
    }
}
