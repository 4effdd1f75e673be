package com.example.shop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The migrations run on PostgreSQL with the demo stock, and the stock endpoints read and set real rows. */
@InventoryIntegrationTest
class InventoryServiceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inventory inventory;

    @Test
    void loadsTheDemoStock() {
        assertThat(LongStream.rangeClosed(1, 12).mapToObj(inventory::level))
                .allSatisfy(level -> assertThat(level.available()).isPositive());
    }

    @Test
    void anAdminRestocksAndAnyoneReadsTheNewLevel() throws Exception {
        long product = StockEvents.newProductId();

        mvc.perform(put("/api/inventory/{id}", product)
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 42}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/inventory/{id}", product))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(42))
                .andExpect(jsonPath("$.reserved").value(0));
    }

    @Test
    void answersNotFoundForAProductWithoutStock() throws Exception {
        mvc.perform(get("/api/inventory/{id}", StockEvents.newProductId())).andExpect(status().isNotFound());
    }
}
