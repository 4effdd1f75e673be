package com.example.shop.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Customers list their own notifications; only the service account may create them. */
@WebMvcTest({NotificationController.class, NotifyController.class})
@Import(SecurityConfiguration.class)
class NotificationControllerTests {

    static final UUID CUSTOMER = UUID.randomUUID();
    static final UUID ORDER = UUID.randomUUID();
    static final String NOTIFY = """
            {"customerId": "%s", "orderId": "%s", "type": "ORDER_CONFIRMED", "message": "Confirmed."}
            """.formatted(CUSTOMER, ORDER);

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
    void storesANotificationForTheServiceAccount() throws Exception {
        mvc.perform(post("/internal/notifications")
                        .with(httpBasic("shop-internal", "internal-secret-local"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NOTIFY))
                .andExpect(status().isCreated());
        verify(notifications).notify(eq(CUSTOMER), eq(ORDER), eq(NotificationType.ORDER_CONFIRMED), any());
    }

    @Test
    void refusesNotificationsFromAnyoneElse() throws Exception {
        mvc.perform(post("/internal/notifications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NOTIFY))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(notifications);
    }

    @Test
    void rejectsANotificationWithoutAType() throws Exception {
        mvc.perform(post("/internal/notifications")
                        .with(httpBasic("shop-internal", "internal-secret-local"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NOTIFY.replace("\"type\": \"ORDER_CONFIRMED\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        verifyNoInteractions(notifications);
    }
}
