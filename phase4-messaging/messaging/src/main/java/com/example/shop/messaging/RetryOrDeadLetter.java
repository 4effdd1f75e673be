package com.example.shop.messaging;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;

/**
 * What happens to a message whose handler failed. Attempt n (counted in {@link Messages#ATTEMPT}) goes to the retry
 * queue of the n-th delay, from which RabbitMQ returns it to the consumer's queue once its time-to-live expires: the
 * consumer is not blocked meanwhile, and other messages go on. After {@code shop.messaging.max-attempts} attempts,
 * or at once for a message that cannot be read, it goes to the consumer's dead-letter queue with the reason. The
 * original delivery is acknowledged only after RabbitMQ confirmed the copy; if it did not, the delivery is requeued
 * rather than lost.
 */
class RetryOrDeadLetter implements MessageRecoverer {

    private static final Logger log = LoggerFactory.getLogger(RetryOrDeadLetter.class);

    private final RabbitTemplate rabbit;
    private final MessagingProperties properties;

    RetryOrDeadLetter(RabbitTemplate rabbit, MessagingProperties properties) {
        this.rabbit = rabbit;
        this.properties = properties;
    }

    @Override
    public void recover(Message message, Throwable failure) {
        String queue = message.getMessageProperties().getConsumerQueue();
        int attempt = Messages.attemptOf(message);
        Throwable cause = rootCause(failure);
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        message.getMessageProperties().setHeader(Messages.LAST_ERROR, truncate(reason));
        if (cause instanceof UnreadableMessageException || attempt >= properties.maxAttempts()) {
            log.warn("Dead-lettering {} from {} after {} attempt(s): {}", describe(message), queue, attempt, reason);
            forward(Topology.deadLetterQueue(queue), message);
            return;
        }
        Duration delay = properties.delayAfter(attempt);
        log.info("Retrying {} from {} in {} (attempt {} failed: {})", describe(message), queue, delay, attempt, reason);
        message.getMessageProperties().setHeader(Messages.ATTEMPT, attempt + 1);
        forward(Topology.retryQueue(queue, delay), message);
    }

    /** Through the default exchange, straight to {@code queue}; confirmed, or this delivery is requeued. */
    private void forward(String queue, Message message) {
        if (ConfirmedSend.toQueue(rabbit, queue, message, properties.confirmTimeout())) {
            return;
        }
        throw new ImmediateRequeueAmqpException("could not move the message to " + queue + "; requeued instead");
    }

    private static String describe(Message message) {
        return Messages.typeOf(message) + " " + message.getMessageProperties().getMessageId();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof UnreadableMessageException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
