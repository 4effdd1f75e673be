package com.example.shop.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * The whole wiring of phase 4 in one place: which exchanges exist, which queues, and which messages each queue
 * receives. Every service declares all of it when it connects (declaring is idempotent), so that no message is
 * published before the queue that must receive it exists, whatever order the services start in.
 *
 * <p>Events (facts) go to the topic exchange {@value #EVENTS} with routing key {@code <source>.<EventName>} and fan
 * out to one queue per consuming service; tasks (work to be done once, by whichever worker is free) go to the direct
 * exchange {@value #TASKS}. Every consumer queue has retry queues, one per delay, whose messages expire back into it,
 * and a dead-letter queue ({@link RetryOrDeadLetter}).
 */
public final class Topology {

    public static final String EVENTS = "shop.events";
    public static final String TASKS = "shop.tasks";
    public static final String SEND_EMAIL = "email.send";

    public static final String INVENTORY_EVENTS = "inventory-service.events";
    public static final String PAYMENT_EVENTS = "payment-service.events";
    public static final String ORDER_EVENTS = "order-service.events";
    public static final String NOTIFICATION_EVENTS = "notification-service.events";
    public static final String EMAIL = "notification-service.email";

    /** Who consumes what. A queue's first part is the service that owns it. */
    public static final List<ConsumerQueue> QUEUES = List.of(
            new ConsumerQueue(
                    INVENTORY_EVENTS,
                    EVENTS,
                    List.of("order.OrderPlaced", "order.OrderCancelled", "order.OrderShipped")),
            new ConsumerQueue(
                    PAYMENT_EVENTS,
                    EVENTS,
                    List.of("order.OrderPlaced", "order.OrderCancelled", "inventory.StockReserved")),
            new ConsumerQueue(
                    ORDER_EVENTS,
                    EVENTS,
                    List.of(
                            "product.*",
                            "inventory.StockRejected",
                            "payment.PaymentCaptured",
                            "payment.PaymentDeclined",
                            "payment.PaymentRefunded")),
            new ConsumerQueue(NOTIFICATION_EVENTS, EVENTS, List.of("order.*")),
            new ConsumerQueue(EMAIL, TASKS, List.of(SEND_EMAIL)));

    private Topology() {}

    /** The queues a service consumes from, by its {@code spring.application.name}. */
    public static List<ConsumerQueue> queuesOf(String service) {
        return QUEUES.stream().filter(queue -> queue.owner().equals(service)).toList();
    }

    static String retryQueue(String queue, java.time.Duration delay) {
        return queue + ".retry." + delay.toMillis() + "ms";
    }

    static String deadLetterQueue(String queue) {
        return queue + ".dlq";
    }

    /** Everything RabbitMQ must hold, with the retry delays of this deployment. */
    static List<Declarable> declarables(List<java.time.Duration> retryDelays) {
        List<Declarable> all = new ArrayList<>();
        Exchange events = new TopicExchange(EVENTS, true, false);
        Exchange tasks = new DirectExchange(TASKS, true, false);
        all.add(events);
        all.add(tasks);
        for (ConsumerQueue consumer : QUEUES) {
            String name = consumer.name();
            // a message the consumer rejects outright (it should not: RetryOrDeadLetter acks) still ends up parked
            Queue queue = QueueBuilder.durable(name)
                    .deadLetterExchange("")
                    .deadLetterRoutingKey(deadLetterQueue(name))
                    .build();
            all.add(queue);
            all.add(QueueBuilder.durable(deadLetterQueue(name)).build());
            for (java.time.Duration delay : retryDelays) {
                all.add(QueueBuilder.durable(retryQueue(name, delay))
                        .withArguments(Map.of(
                                "x-message-ttl",
                                delay.toMillis(),
                                "x-dead-letter-exchange",
                                "",
                                "x-dead-letter-routing-key",
                                name))
                        .build());
            }
            Exchange exchange = consumer.exchange().equals(EVENTS) ? events : tasks;
            for (String key : consumer.bindings()) {
                Binding binding =
                        BindingBuilder.bind(queue).to(exchange).with(key).noargs();
                all.add(binding);
            }
        }
        return all;
    }

    /**
     * One consumer's queue.
     *
     * @param name {@code <owning service>.<purpose>}
     * @param exchange where its messages come from
     * @param bindings the routing keys (topic patterns for events) it receives
     */
    public record ConsumerQueue(String name, String exchange, List<String> bindings) {

        public String owner() {
            return name.substring(0, name.indexOf('.'));
        }
    }
}
