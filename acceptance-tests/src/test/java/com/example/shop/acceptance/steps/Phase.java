package com.example.shop.acceptance.steps;

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

    /** The monolith places an order in one transaction, so any failing capability fails the whole order. */
    public boolean isMonolith() {
        return this == PHASE1;
    }
}
