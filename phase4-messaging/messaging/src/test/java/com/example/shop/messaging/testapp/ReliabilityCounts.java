package com.example.shop.messaging.testapp;

/**
 * The outcome of a reliability scenario, printed as one line.
 *
 * @param accepted events committed by the publisher (each with its outbox row)
 * @param finalCount events whose effect the consumer applied
 * @param lost accepted events whose effect was never applied
 * @param duplicatedEffects extra applications of an effect beyond the first
 */
public record ReliabilityCounts(int accepted, int finalCount, int lost, int duplicatedEffects) {

    /** Prints the line and returns the counts, for the assertions that follow. */
    public ReliabilityCounts print(String scenario) {
        System.out.println(scenario + ": " + this);
        return this;
    }

    @Override
    public String toString() {
        return "accepted=" + accepted + " final=" + finalCount + " lost=" + lost + " duplicated-effects="
                + duplicatedEffects;
    }
}
