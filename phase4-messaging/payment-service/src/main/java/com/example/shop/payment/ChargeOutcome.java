package com.example.shop.payment;

/** What one attempt to charge gave. */
enum ChargeOutcome {
    /** The money is taken. */
    CAPTURED,
    /** Cash on delivery: nothing taken now, the courier collects. */
    AUTHORIZED,
    /** The card network or the bank refused: final. */
    DECLINED,
    /** No answer (a timeout): worth another attempt later. */
    FAILED
}
