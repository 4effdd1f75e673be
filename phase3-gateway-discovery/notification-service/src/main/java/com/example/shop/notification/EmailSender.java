package com.example.shop.notification;

/** Sends one e-mail; throws when the mail server refuses or cannot be reached. */
interface EmailSender {

    void send(String to, String subject, String body);
}
