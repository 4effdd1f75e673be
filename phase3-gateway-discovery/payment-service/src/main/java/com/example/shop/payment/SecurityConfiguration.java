package com.example.shop.payment;

import com.example.shop.security.InternalApiProperties;
import com.example.shop.security.JwtDecoderConfiguration;
import com.example.shop.security.ShopSecurity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what in payment-service. Requests carry user-service's signed JWT, which Spring Security's resource
 * server verifies locally with user-service's published keys ({@link JwtDecoderConfiguration}). Other services call
 * {@code /internal/**} with HTTP Basic as the one service account. Security errors leave as problem details.
 */
@Configuration(proxyBeanMethods = false)
@Import(JwtDecoderConfiguration.class)
@EnableConfigurationProperties(InternalApiProperties.class)
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
            JwtDecoder decoder,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, decoder, resolver)
                .authorizeHttpRequests(requests -> ShopSecurity.permitOperational(requests)
                        // ADMIN: the fault switch
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        // everything else: any logged-in user; ownership is checked by Payments
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
