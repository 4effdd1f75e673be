package com.example.shop.messaging.testapp;

import com.example.shop.security.AccessRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The test application: the messaging module auto-configured, plus a publisher, a consumer and who may call what.
 * It scans {@code com.example.shop} as every service does, so the shared problem details (403 for a customer) and the
 * messaging module's own web parts are there as in a service.
 */
@SpringBootApplication(scanBasePackages = "com.example.shop")
@ConfigurationPropertiesScan("com.example.shop")
public class MessagingTestApplication {

    /** As in every service: {@code /api/admin/**} (the dead letters) is for ADMINs only. */
    @Bean
    AccessRules accessRules() {
        return requests -> requests.requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
                .anyRequest()
                .authenticated();
    }
}
