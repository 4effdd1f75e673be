package com.example.shop.order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reliability scenario counts, printed as one line so that runs can be compared: orders accepted, orders that
 * reached the state the scenario expects, orders lost on the way, and effects applied more than once.
 */
record ReliabilityCounts(long accepted, long reachedFinalState, long duplicatedEffects) {

    long lost() {
        return accepted - reachedFinalState;
    }

    /** Prints the line, then asserts that nothing was lost and nothing done twice. */
    void printAndAssert() {
        System.out.printf(
                "accepted=%d final=%d lost=%d duplicated-effects=%d%n",
                accepted, reachedFinalState, lost(), duplicatedEffects);
        assertThat(lost()).as("orders lost").isZero();
        assertThat(duplicatedEffects).as("effects applied more than once").isZero();
    }
}
