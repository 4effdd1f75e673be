package com.example.shop.messaging;

/** A message no retry can help: its body or its type cannot be read. Dead-lettered at once. */
public class UnreadableMessageException extends RuntimeException {

    public UnreadableMessageException(String message) {
        super(message);
    }
}
