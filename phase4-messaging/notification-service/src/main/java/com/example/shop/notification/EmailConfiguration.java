package com.example.shop.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set (Spring Boot then provides a {@link JavaMailSender}), the log otherwise. */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    @Bean
    EmailSender emailSender(
            ObjectProvider<JavaMailSender> mailSender, @Value("${shop.mail.from:shop@shop.example}") String from) {
        JavaMailSender smtp = mailSender.getIfAvailable();
        return smtp != null ? new SmtpEmailSender(smtp, from) : new LoggingEmailSender();
    }
}
