package com.example.shop.messaging;

import com.example.shop.events.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events one consumer handles, each with its handler: reads a message's JSON body as the record its {@code type}
 * header names, and hands it to that record's handler.
 *
 * <pre>{@code
 * IncomingEvents events = IncomingEvents.with(json)
 *         .on(OrderPlaced.class, this::reserve)
 *         .on(OrderCancelled.class, cancelled -> inventory.release(cancelled.orderId()));
 * }</pre>
 *
 * A type without a handler is ignored, and so are fields the record does not have: a publisher may add events and
 * fields before its consumers know them. A body that cannot be read, or a message without a type, is
 * {@link UnreadableMessageException}: no retry can change it, so it goes to the dead letters at once.
 */
public final class IncomingEvents {

    private static final Logger log = LoggerFactory.getLogger(IncomingEvents.class);

    private final JsonMapper json;
    private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

    private IncomingEvents(JsonMapper json) {
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public static IncomingEvents with(JsonMapper json) {
        return new IncomingEvents(json);
    }

    public <E extends DomainEvent> IncomingEvents on(Class<E> type, Consumer<? super E> handler) {
        handlers.put(type.getSimpleName(), new Handler<>(type, handler));
        return this;
    }

    /** The message as its record, or empty if this consumer has no handler for its type. */
    public Optional<DomainEvent> read(Message message) {
        String type = Messages.typeOf(message);
        if (type == null) {
            // not one of ours, or broken on the way: no consumer can tell what it is, whatever it retries
            throw new UnreadableMessageException("a message without a " + Messages.TYPE + " header");
        }
        Handler<?> handler = handlers.get(type);
        if (handler == null) {
            log.info(
                    "Ignoring message {}: this consumer does not handle {}",
                    message.getMessageProperties().getMessageId(),
                    type);
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(new String(message.getBody(), StandardCharsets.UTF_8), handler.type()));
        } catch (JacksonException unreadable) {
            throw new UnreadableMessageException(
                    "a " + type + " whose body cannot be read: " + unreadable.getOriginalMessage());
        }
    }

    /** Hands a read event to its handler. */
    public void handle(DomainEvent event) {
        Handler<?> handler = handlers.get(event.getClass().getSimpleName());
        if (handler == null) {
            throw new IllegalArgumentException(
                    "No handler for " + event.getClass().getSimpleName());
        }
        handler.accept(event);
    }

    private record Handler<E extends DomainEvent>(Class<E> type, Consumer<? super E> handler) {

        void accept(DomainEvent event) {
            handler.accept(type.cast(event));
        }
    }
}
