package com.example.shop.inventory;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Stock levels are public and restocking is for ADMINs; reservations come as events now (StockSaga), not over HTTP. */
@WebMvcTest(InventoryController.class)
@Import(SecurityConfiguration.class)
class InventoryControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Inventory inventory;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void anyoneCanReadAStockLevel() throws Exception {
        given(inventory.level(1L)).willReturn(new StockLevel(1L, 7, 2));

        mvc.perform(get("/api/inventory/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(7))
                .andExpect(jsonPath("$.reserved").value(2));
    }

    @Test
    void forbidsCustomersToRestock() throws Exception {
        mvc.perform(put("/api/inventory/1")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 5}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/forbidden"));
        verifyNoInteractions(inventory);
    }

    @Test
    void letsAdminsRestock() throws Exception {
        given(inventory.restock(1L, 5)).willReturn(new StockLevel(1L, 5, 0));

        mvc.perform(put("/api/inventory/1")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(5));
    }
}
