package com.example.shop.notification;

import com.example.shop.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what in notification-service. How a caller proves who they are (a bearer token, or the service account on
 * {@code /internal/**}) is the same in every service: {@code ShopSecurityAutoConfiguration} in common.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AccessRules accessRules() {
        return requests -> requests
                // the live stream authenticates its caller itself: a bearer token, or a ticket for a browser
                .requestMatchers(HttpMethod.GET, "/api/notifications/stream")
                .permitAll()
                // ADMIN: the fault switch, the dead letters
                .requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
                // everything else: any logged-in user, who sees only their own notifications
                .anyRequest()
                .authenticated();
    }
}
