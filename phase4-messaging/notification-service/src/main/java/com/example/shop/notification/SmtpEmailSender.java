package com.example.shop.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Real e-mail over SMTP (Mailpit in compose), through Spring's {@link JavaMailSender}. */
class SmtpEmailSender implements EmailSender {

    private final JavaMailSender mailSender;
    private final String from;

    SmtpEmailSender(JavaMailSender mailSender, String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body, List<Attachment> attachments) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(body);
            for (Attachment attachment : attachments) {
                mail.addAttachment(
                        attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
        } catch (MessagingException malformed) {
            throw new MailPreparationException(malformed);
        }
        mailSender.send(message);
    }
}
