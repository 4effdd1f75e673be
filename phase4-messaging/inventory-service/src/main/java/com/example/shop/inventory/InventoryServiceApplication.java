package com.example.shop.inventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Phase 1's inventory module as a service of its own. It scans all of {@code com.example.shop} so that the shared
 * library's problem advice, fault switches and security helpers are picked up.
 */
@SpringBootApplication(scanBasePackages = "com.example.shop")
@ConfigurationPropertiesScan("com.example.shop")
public class InventoryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InventoryServiceApplication.class, args);
    }
}
