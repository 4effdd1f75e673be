package com.example.shop.messaging;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Moving a message by hand (into a retry queue, back from the dead letters) is only done once RabbitMQ has it: the
 * message goes through the default exchange straight to one queue, and the caller learns whether the broker confirmed
 * it, unreturned, in time. Until then the original stays where it is.
 */
final class ConfirmedSend {

    private ConfirmedSend() {}

    static boolean toQueue(RabbitTemplate rabbit, String queue, Message message, Duration timeout) {
        CorrelationData correlation = new CorrelationData();
        rabbit.send("", queue, message, correlation);
        try {
            CorrelationData.Confirm confirm = correlation.getFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return confirm.ack() && correlation.getReturned() == null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException unconfirmed) {
            return false;
        }
    }
}
