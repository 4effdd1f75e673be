package com.example.shop.notification;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Customers list their own notifications. (Phase 3's {@code POST /internal/notifications} is gone: in phase 4
 * notifications come from order events, see {@code NotificationSagaIntegrationTests}.)
 */
@WebMvcTest(NotificationController.class)
@Import(SecurityConfiguration.class)
class NotificationControllerTests {

    static final UUID CUSTOMER = UUID.randomUUID();
    static final UUID ORDER = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Notifications notifications;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void listsTheCallersNotifications() throws Exception {
        given(notifications.latest(CUSTOMER, 50))
                .willReturn(List.of(new NotificationView(
                        UUID.randomUUID(), ORDER, NotificationType.ORDER_CONFIRMED, "Confirmed.", Instant.now())));

        mvc.perform(get("/api/notifications")
                        .with(jwt().jwt(token -> token.subject(CUSTOMER.toString()))
                                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("ORDER_CONFIRMED"));
    }

    @Test
    void needsABearerTokenForNotifications() throws Exception {
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
    }
}
