package com.example.shop.messaging;

import org.springframework.amqp.core.Message;

/** The headers this system puts on a message besides its JSON body. */
public final class Messages {

    /** The payload's type: the record's simple name ({@code OrderPlaced}), which decides how the body is read. */
    public static final String TYPE = "type";

    /** Which attempt this delivery is (1 for the first): counted by us, not from RabbitMQ's {@code x-death}. */
    public static final String ATTEMPT = "x-attempt";

    /** Why the last attempt failed. */
    public static final String LAST_ERROR = "x-last-error";

    private Messages() {}

    static int attemptOf(Message message) {
        Object attempt = message.getMessageProperties().getHeader(ATTEMPT);
        return attempt instanceof Number number ? number.intValue() : 1;
    }

    static String typeOf(Message message) {
        Object type = message.getMessageProperties().getHeader(TYPE);
        return type == null ? message.getMessageProperties().getType() : type.toString();
    }
}
