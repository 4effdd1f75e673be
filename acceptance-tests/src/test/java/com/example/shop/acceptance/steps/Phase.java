package com.example.shop.acceptance.steps;

import com.example.shop.acceptance.http.Capability;
import java.util.Locale;

/**
 * The phase under test ({@code shop.phase}, default phase1). Consulted only where the design makes phases behave
 * differently on purpose; everything else in the contract is the same in every phase.
 */
public enum Phase {
    PHASE1,
    PHASE2,
    PHASE3,
    PHASE4,
    PHASE5;

    public static Phase current() {
        return valueOf(System.getProperty("shop.phase", "phase1").trim().toUpperCase(Locale.ROOT));
    }

    /** Phases 4-5 accept an order (202, PENDING) and decide it later; phases 1-3 answer 201 with the final status. */
    public boolean decidesOrdersAsynchronously() {
        return this == PHASE4 || this == PHASE5;
    }

    public int orderAcceptedStatus() {
        return decidesOrdersAsynchronously() ? 202 : 201;
    }

    /** What the design of this phase promises a customer who orders while one capability is failing. */
    public WhileFailing whileFailing(Capability capability) {
        return switch (this) {
            // one transaction: any failing module fails the whole order, and nothing is kept
            case PHASE1 -> WhileFailing.REFUSED;
            // one synchronous call chain, compensated by hand: what happens depends on where the chain breaks.
            // Phase 3's gateway, discovery and circuit breakers change how fast a failure is noticed, not where the
            // chain breaks: the outcomes stay those of phase 2 until phase 4 makes the chain asynchronous.
            case PHASE2, PHASE3 ->
                switch (capability) {
                    case PRODUCT, INVENTORY -> WhileFailing.REFUSED; // nothing reserved yet
                    case PAYMENT -> WhileFailing.CANCELLED_STOCK_RELEASED; // reserved, then released again
                    case NOTIFICATION -> WhileFailing.CONFIRMED_NOTIFICATION_LOST;
                    default -> throw new IllegalArgumentException(capability + " has no fault switch");
                };
            // nobody waits for anybody: a failing capability delays what depends on it, and nothing else
            case PHASE4 ->
                switch (capability) {
                    case PRODUCT -> WhileFailing.CONFIRMED_UNAFFECTED; // orders are priced from a local copy
                    case INVENTORY -> WhileFailing.PENDING_NOTHING_RESERVED; // OrderPlaced is retried, then parked
                    case PAYMENT -> WhileFailing.PENDING_STOCK_HELD; // reserved; the charge is retried, then parked
                    case NOTIFICATION -> WhileFailing.CONFIRMED_NOTIFIED_LATER; // the events wait in the queue
                    default -> throw new IllegalArgumentException(capability + " has no fault switch");
                };
            default ->
                throw new IllegalStateException(
                        "Decide what " + this + " promises while " + capability + " fails, and write it down here");
        };
    }

    /** The outcomes a phase may promise while a capability fails. */
    public enum WhileFailing {
        /** 503 problem, no order kept, nothing reserved. */
        REFUSED,
        /** 201, the order CANCELLED with PAYMENT_FAILED, its stock released again. */
        CANCELLED_STOCK_RELEASED,
        /** 201, the order CONFIRMED, but the customer is never told. */
        CONFIRMED_NOTIFICATION_LOST,
        /** 202, then CONFIRMED as if nothing failed. */
        CONFIRMED_UNAFFECTED,
        /** 202, the order stays PENDING and nothing is reserved while its OrderPlaced waits (retried, dead-lettered). */
        PENDING_NOTHING_RESERVED,
        /** 202, the stock is reserved and the order stays PENDING while the charge waits (retried, dead-lettered). */
        PENDING_STOCK_HELD,
        /** 202, then CONFIRMED; the customer is told once the capability is back. */
        CONFIRMED_NOTIFIED_LATER
    }
}
