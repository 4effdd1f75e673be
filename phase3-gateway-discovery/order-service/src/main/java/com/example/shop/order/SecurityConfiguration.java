package com.example.shop.order;

import com.example.shop.security.JwtDecoderConfiguration;
import com.example.shop.security.ShopSecurity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what in the order service. Requests carry user-service's signed JWT, which Spring Security's resource
 * server verifies locally with user-service's published keys ({@link JwtDecoderConfiguration}). Security errors leave
 * as the same problem details as every other error (see {@link ShopSecurity}).
 */
@Configuration(proxyBeanMethods = false)
@Import(JwtDecoderConfiguration.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            JwtDecoder decoder,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, decoder, resolver)
                .authorizeHttpRequests(requests -> ShopSecurity.permitOperational(requests)
                        // ADMIN: the fault switches (order-service owns none, the list is empty)
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        // everything else: any logged-in user; ownership is checked by OrderService
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
