package com.example.shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.testsupport.RedisTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The migrations run on PostgreSQL; other services learn who a user is over /internal, and only there. */
@PostgresIntegrationTest
@Import(RedisTestConfiguration.class)
@AutoConfigureMockMvc
class UserServiceApplicationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void keepsNoSessionsInTheDatabaseAnyMore() {
        long tables = jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'sessions'")
                .query(Long.class)
                .single();
        assertThat(tables).isZero();
    }

    @Test
    void tellsOtherServicesWhoAUserIs() throws Exception {
        String id = Accounts.register(mvc, "alan@example.com");

        mvc.perform(get("/internal/users/{id}", id).with(httpBasic("shop-internal", "internal-secret-local")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("alan@example.com"))
                .andExpect(jsonPath("$.fullName").value("Alan Turing"))
                .andExpect(jsonPath("$.role").value("CUSTOMER"));
        mvc.perform(get("/internal/users/{id}", id)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + Accounts.login(mvc, "alan@example.com")))
                .andExpect(status().isUnauthorized());
    }
}
