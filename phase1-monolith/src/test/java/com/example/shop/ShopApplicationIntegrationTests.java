package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.inventory.Inventory;
import com.example.shop.product.ProductCatalog;
import com.example.shop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations run on PostgreSQL and leave a shop a learner can order from at once. */
@PostgresIntegrationTest
class ShopApplicationIntegrationTests {

    @Autowired
    ProductCatalog catalog;

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheDemoCatalogWithStock() {
        assertThat(catalog.page(PageRequest.of(0, 12)).getContent())
                .extracting(product -> product.id())
                .containsAll(
                        java.util.stream.LongStream.rangeClosed(1, 12).boxed().toList());
        assertThat(inventory.level(1L).available()).isPositive();
    }

    @Test
    void createsTheAdminAccountFromConfiguration() {
        String role = jdbc.sql("SELECT role FROM users WHERE email = 'admin@shop.example'")
                .query(String.class)
                .single();
        assertThat(role).isEqualTo("ADMIN");
    }

    @Test
    void storesPasswordsAsBcryptHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE email = 'admin@shop.example'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2");
    }
}
