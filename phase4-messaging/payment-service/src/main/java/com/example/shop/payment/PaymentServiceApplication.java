package com.example.shop.payment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Phase 1's payment module as a service of its own. It scans all of {@code com.example.shop} so that the shared
 * library's problem advice, fault switches and security helpers are picked up.
 */
@SpringBootApplication(scanBasePackages = "com.example.shop")
@EnableScheduling
@ConfigurationPropertiesScan("com.example.shop")
public class PaymentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PaymentServiceApplication.class, args);
    }
}
