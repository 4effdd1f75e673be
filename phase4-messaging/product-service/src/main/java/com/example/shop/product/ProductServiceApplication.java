package com.example.shop.product;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Phase 1's product module as its own process: the catalog, public to browse, maintained by ADMINs. */
@SpringBootApplication(scanBasePackages = "com.example.shop")
@ConfigurationPropertiesScan("com.example.shop")
public class ProductServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProductServiceApplication.class, args);
    }
}
