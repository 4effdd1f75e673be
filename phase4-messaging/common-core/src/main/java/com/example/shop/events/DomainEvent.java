package com.example.shop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one service publishes for the others: named in the past tense, immutable, carrying ids rather than
 * entities. Each publisher has one sealed interface of its events (in its {@code *-api} module), so that a consumer's
 * {@code switch} over them is exhaustive.
 *
 * <p>How a contract evolves without breaking its consumers: add fields, never remove or rename them (consumers
 * ignore fields they do not know and default the ones a older publisher does not send yet); a change of meaning is
 * a new event type, published beside the old one until every consumer has moved.
 */
public interface DomainEvent {

    /** Unique per event: consumers remember the ids they have processed, so a redelivery changes nothing. */
    UUID eventId();

    Instant occurredAt();

    /** The publisher: the first part of the routing key ({@code order.OrderPlaced}). */
    String source();

    /** The aggregate whose events must be published in the order they happened (an order's id, a product's id). */
    String aggregateId();

    /** The routing key on the event exchange: {@code <source>.<EventName>}. */
    default String routingKey() {
        return source() + "." + getClass().getSimpleName();
    }
}
