package com.example.shop.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;

/** A real SMTP server in the test JVM (GreenMail) that counts what notification-service sent. */
final class Mailbox {

    private final GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());

    void start() {
        smtp.start();
    }

    void stop() {
        smtp.stop();
    }

    int port() {
        return smtp.getSmtp().getPort();
    }

    /** How many mails mention this order (each notification's text names its order). */
    long mailsAbout(UUID order) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> GreenMailUtil.getBody(message).contains(order.toString()))
                .count();
    }

    /** How many mails this sender ({@code shop.mail.from}) sent. */
    long mailsFrom(String sender) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> from(message).equals(sender))
                .count();
    }

    private static String from(MimeMessage message) {
        try {
            return message.getFrom()[0].toString();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
