package com.example.shop.notification;

import java.util.List;

/** Sends one e-mail; throws when the mail server refuses or cannot be reached. */
interface EmailSender {

    void send(String to, String subject, String body, List<Attachment> attachments);

    /** A file sent with the mail. */
    record Attachment(String filename, String contentType, byte[] content) {}
}
