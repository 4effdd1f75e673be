package com.example.shop.user;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** RFC 7662: only the introspection client may ask, and an unknown token is an answer, not an error. */
@WebMvcTest(IntrospectionController.class)
@Import(SecurityConfiguration.class)
class IntrospectionControllerTests {

    static final String USER_ID = "7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SessionTokenIntrospector introspector;

    @MockitoBean
    UserDetailsService userDetails;

    @Test
    void describesAnActiveTokenWithItsUserAndRoles() throws Exception {
        given(introspector.introspect("good-token"))
                .willReturn(new DefaultOAuth2AuthenticatedPrincipal(
                        USER_ID,
                        Map.of("sub", USER_ID, "email", "ada@example.com", "exp", Instant.ofEpochSecond(1_900_000_000)),
                        List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"))));

        mvc.perform(introspect("good-token").with(httpBasic("shop-services", "introspection-secret-local")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.sub").value(USER_ID))
                .andExpect(jsonPath("$.email").value("ada@example.com"))
                .andExpect(jsonPath("$.roles[0]").value("CUSTOMER"))
                .andExpect(jsonPath("$.exp").value(1_900_000_000));
    }

    @Test
    void answersInactiveForAnUnknownOrExpiredToken() throws Exception {
        given(introspector.introspect("logged-out")).willThrow(new BadOpaqueTokenException("Unknown or expired"));

        mvc.perform(introspect("logged-out").with(httpBasic("shop-services", "introspection-secret-local")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.sub").doesNotExist());
    }

    @Test
    void refusesCallersWithoutTheIntrospectionClientSecret() throws Exception {
        mvc.perform(introspect("good-token").with(httpBasic("shop-services", "guessed")))
                .andExpect(status().isUnauthorized());
        mvc.perform(introspect("good-token")).andExpect(status().isUnauthorized());
        verifyNoInteractions(introspector);
    }

    @Test
    void refusesTheInternalServiceAccount() throws Exception {
        mvc.perform(introspect("good-token").with(httpBasic("shop-internal", "internal-secret-local")))
                .andExpect(status().isUnauthorized());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder introspect(String token) {
        return post("/api/auth/introspect")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("token", token);
    }
}
