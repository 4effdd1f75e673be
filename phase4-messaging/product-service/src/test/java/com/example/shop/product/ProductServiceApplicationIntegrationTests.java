package com.example.shop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.common.Money;
import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.testsupport.RabbitTestConfiguration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The migrations run on PostgreSQL and leave the demo catalog; other services read it over /internal. */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@Import(RabbitTestConfiguration.class) // the outbox relay publishes to a virtual host of the test's own
class ProductServiceApplicationIntegrationTests {

    @Autowired
    ProductCatalog catalog;

    @Autowired
    MockMvc mvc;

    @Test
    void loadsTheDemoCatalog() {
        List<Long> expected = LongStream.rangeClosed(1, 12).boxed().toList();
        assertThat(catalog.page(PageRequest.of(0, 12)).getContent())
                .extracting(ProductDetails::id)
                .containsAll(expected);
    }

    @Test
    void newProductsDoNotCollideWithTheDemoIds() {
        assertThat(catalog.create("NEW-1", "New", "Fresh", Money.of("1.00", "EUR"))
                        .id())
                .isGreaterThan(12);
    }

    @Test
    void givesTheServiceAccountTheProductsThatExist() throws Exception {
        mvc.perform(get("/internal/products")
                        .param("ids", "3,1,999")
                        .with(httpBasic("shop-internal", "internal-secret-local")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(1))
                .andExpect(jsonPath("$[1].price.amount").value("329.00"));
    }

    @Test
    void ownsOnlyTheProductFaultSwitch() throws Exception {
        mvc.perform(get("/api/admin/faults").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].capability").value("product"));
    }

    @Test
    void keepsInternalEndpointsFromEveryoneElse() throws Exception {
        mvc.perform(get("/internal/products").param("ids", "1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/internal/products").param("ids", "1").with(httpBasic("shop-internal", "guessed")))
                .andExpect(status().isUnauthorized());
    }
}
