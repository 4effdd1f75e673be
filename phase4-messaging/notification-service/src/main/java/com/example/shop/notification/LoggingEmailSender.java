package com.example.shop.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where no SMTP server is configured (a plain local run), e-mails are written to the log instead. */
class LoggingEmailSender implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingEmailSender.class);

    @Override
    public void send(String to, String subject, String body, List<Attachment> attachments) {
        log.info(
                "E-mail to {} | {} | {} | attached: {}",
                to,
                subject,
                body,
                attachments.stream().map(Attachment::filename).toList());
    }
}
