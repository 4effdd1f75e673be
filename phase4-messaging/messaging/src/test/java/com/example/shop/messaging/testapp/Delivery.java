package com.example.shop.messaging.testapp;

import com.example.shop.messaging.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

/**
 * One delivery of a message to the test application's consumer, as the tests inspect it.
 *
 * @param attempt the {@link Messages#ATTEMPT} header (1 when absent)
 * @param redelivered whether RabbitMQ flagged it as delivered before (an unacknowledged delivery requeued)
 */
public record Delivery(
        String messageId,
        String type,
        String contentType,
        String body,
        int attempt,
        boolean redelivered,
        Instant receivedAt) {

    static Delivery of(Message message, Instant receivedAt) {
        MessageProperties properties = message.getMessageProperties();
        Object attempt = properties.getHeader(Messages.ATTEMPT);
        Object type = properties.getHeader(Messages.TYPE);
        return new Delivery(
                properties.getMessageId(),
                type == null ? null : type.toString(),
                properties.getContentType(),
                new String(message.getBody(), StandardCharsets.UTF_8),
                attempt instanceof Number number ? number.intValue() : 1,
                Boolean.TRUE.equals(properties.getRedelivered()),
                receivedAt);
    }
}
