package com.example.shop.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * What a queue received, for a test that reads what the application published from the queue of a service not
 * started beside it: each call takes what arrived since the last one, and answers everything received so far, in the
 * order it arrived.
 */
public final class RecordedQueue {

    private final RabbitTemplate rabbit;
    private final String queue;
    private final List<Message> received = new ArrayList<>();

    public RecordedQueue(RabbitTemplate rabbit, String queue) {
        this.rabbit = rabbit;
        this.queue = queue;
    }

    public synchronized List<Message> messages() {
        for (Message message = rabbit.receive(queue); message != null; message = rabbit.receive(queue)) {
            received.add(message);
        }
        return List.copyOf(received);
    }
}
