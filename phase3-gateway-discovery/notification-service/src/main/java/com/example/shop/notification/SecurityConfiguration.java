package com.example.shop.notification;

import com.example.shop.security.InternalApiProperties;
import com.example.shop.security.IntrospectionProperties;
import com.example.shop.security.RemoteTokenIntrospector;
import com.example.shop.security.ShopSecurity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what in notification-service. Requests carry an opaque bearer token that Spring Security's resource server
 * checks by asking user-service ({@link RemoteTokenIntrospector}), on every request. Other services call
 * {@code /internal/**} with HTTP Basic as the one service account. Security errors leave as problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({InternalApiProperties.class, IntrospectionProperties.class})
public class SecurityConfiguration {

    /** Service-to-service calls (order-service), consulted before the API chain. */
    @Bean
    @Order(1)
    SecurityFilterChain internal(HttpSecurity http, InternalApiProperties account) throws Exception {
        return ShopSecurity.internalApi(http, account);
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            OpaqueTokenIntrospector introspector,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, introspector, resolver)
                .authorizeHttpRequests(requests -> ShopSecurity.permitOperational(requests)
                        // ADMIN: the fault switch
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        // everything else: any logged-in user, who sees only their own notifications
                        .anyRequest()
                        .authenticated())
                .build();
    }

    @Bean
    OpaqueTokenIntrospector introspector(IntrospectionProperties properties) {
        return new RemoteTokenIntrospector(properties);
    }
}
