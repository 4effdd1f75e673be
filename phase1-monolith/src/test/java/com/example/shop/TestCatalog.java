package com.example.shop;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test fixtures: a fresh product with a given stock, written straight into the tables so that each test owns its
 * data and never competes with another for the demo catalog's stock.
 */
@Component
public class TestCatalog {

    private final JdbcClient jdbc;

    TestCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long productWithStock(String price, int available) {
        String sku = "T-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO products (sku, name, description, price_amount, price_currency, version) "
                        + "VALUES (?, ?, 'test product', ?, 'EUR', 0)")
                .params(sku, "Product " + sku, new BigDecimal(price))
                .update();
        long id = jdbc.sql("SELECT id FROM products WHERE sku = ?")
                .param(sku)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO stock_items (product_id, available, reserved, version) VALUES (?, ?, 0, 0)")
                .params(id, available)
                .update();
        return id;
    }
}
