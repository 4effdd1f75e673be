package com.example.shop.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The neighbours of a service under test, on the real broker: {@link #publish} sends an event exactly as a service's
 * outbox relay does (a persistent JSON body, the event id as message id, the record's simple name in the {@code type}
 * header), and {@link #listen} binds a queue of the test's own to see what the service under test publishes.
 */
public final class RabbitEvents {

    /** The header that names a message's type: the record's simple name ({@code OrderPlaced}). */
    public static final String TYPE_HEADER = "type";

    private final RabbitTemplate rabbit;
    private final JsonMapper json;

    public RabbitEvents(RabbitTemplate rabbit, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Publishes {@code event} to {@code exchange}; sending the same event id again is a redelivery. */
    public void publish(String exchange, String routingKey, UUID eventId, Object event) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(eventId.toString());
        properties.setType(event.getClass().getSimpleName());
        properties.setHeader(TYPE_HEADER, event.getClass().getSimpleName());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        rabbit.send(exchange, routingKey, new Message(json.writeValueAsBytes(event), properties));
    }

    /** From now on, what is published to {@code exchange} (a topic exchange) under {@code pattern}. */
    public Listener listen(String exchange, String pattern) {
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        Queue queue = admin.declareQueue(); // server-named, exclusive to this connection, deleted with it
        Binding binding = BindingBuilder.bind(queue)
                .to(new TopicExchange(exchange, true, false))
                .with(pattern);
        admin.declareBinding(binding);
        return new Listener(queue.getName());
    }

    /** The messages a {@link #listen} queue received, read as the records their type header names. */
    public final class Listener {

        private final String queue;
        private final List<Message> received = new ArrayList<>();

        private Listener(String queue) {
            this.queue = queue;
        }

        /** Every message of {@code type} received so far, in arrival order. */
        public synchronized <T> List<T> received(Class<T> type) {
            for (Message message = rabbit.receive(queue); message != null; message = rabbit.receive(queue)) {
                received.add(message);
            }
            return received.stream()
                    .filter(message -> type.getSimpleName()
                            .equals(message.getMessageProperties().getHeader(TYPE_HEADER)))
                    .map(message -> json.readValue(message.getBody(), type))
                    .toList();
        }
    }
}
