package com.example.shop.testsupport;

import java.nio.charset.StandardCharsets;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Messages shaped as phase 4's outbox relay publishes them (message id, {@code type} header, JSON body), for a test
 * that stands in for a publishing service not started beside it, or that delivers one message again as a
 * redelivery would.
 */
public final class RelayedMessages {

    private RelayedMessages() {}

    /** Sends {@code json} as a message of {@code type} with id {@code messageId}; the same id again is a duplicate. */
    public static void send(
            RabbitTemplate rabbit, String exchange, String routingKey, String messageId, String type, String json) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(messageId);
        properties.setType(type);
        properties.setHeader("type", type);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        rabbit.send(exchange, routingKey, new Message(json.getBytes(StandardCharsets.UTF_8), properties));
    }
}
