package com.example.shop.order;

import com.example.shop.security.IntrospectionProperties;
import com.example.shop.security.RemoteTokenIntrospector;
import com.example.shop.security.ShopSecurity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what in the order service. Requests carry an opaque bearer token that Spring Security's resource server
 * checks by asking user-service ({@link RemoteTokenIntrospector}), on every request. Security errors leave as the same
 * problem details as every other error (see {@link ShopSecurity}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            OpaqueTokenIntrospector introspector,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, introspector, resolver)
                .authorizeHttpRequests(requests -> ShopSecurity.permitOperational(requests)
                        // ADMIN: the fault switches (order-service owns none, the list is empty)
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        // everything else: any logged-in user; ownership is checked by OrderService
                        .anyRequest()
                        .authenticated())
                .build();
    }

    @Bean
    OpaqueTokenIntrospector introspector(IntrospectionProperties properties) {
        return new RemoteTokenIntrospector(properties);
    }
}
