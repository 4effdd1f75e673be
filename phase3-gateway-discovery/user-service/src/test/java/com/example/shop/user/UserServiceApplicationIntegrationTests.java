package com.example.shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.testsupport.PostgresIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The migrations run on PostgreSQL; a token is active at introspection from login until logout. */
@PostgresIntegrationTest
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
    void aTokenIsActiveFromLoginUntilLogout() throws Exception {
        String id = register("grace@example.com");
        String token = login("grace@example.com");

        introspect(token)
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.sub").value(id))
                .andExpect(jsonPath("$.roles[0]").value("CUSTOMER"));

        mvc.perform(post("/api/auth/logout").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNoContent());

        introspect(token).andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void tellsOtherServicesWhoAUserIs() throws Exception {
        String id = register("alan@example.com");

        mvc.perform(get("/internal/users/{id}", id).with(httpBasic("shop-internal", "internal-secret-local")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("alan@example.com"))
                .andExpect(jsonPath("$.fullName").value("Alan Turing"))
                .andExpect(jsonPath("$.role").value("CUSTOMER"));
        mvc.perform(get("/internal/users/{id}", id)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + login("alan@example.com")))
                .andExpect(status().isUnauthorized());
    }

    private String register(String email) throws Exception {
        String body = mvc.perform(post("/api/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email": "%s", "password": "correct-horse", "fullName": "Alan Turing"}
                                """.formatted(email)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String login(String email) throws Exception {
        String body = mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email": "%s", "password": "correct-horse"}
                                """.formatted(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.accessToken");
    }

    private org.springframework.test.web.servlet.ResultActions introspect(String token) throws Exception {
        return mvc.perform(post("/api/auth/introspect")
                        .with(httpBasic("shop-services", "introspection-secret-local"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("token", token))
                .andExpect(status().isOk());
    }
}
