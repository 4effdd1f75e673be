package com.example.shop.product;

import com.example.shop.security.InternalApiProperties;
import com.example.shop.security.JwtDecoderConfiguration;
import com.example.shop.security.ShopSecurity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what in the product service. Requests carry user-service's signed JWT, which Spring Security's resource
 * server verifies locally with user-service's published keys ({@link JwtDecoderConfiguration}); {@code /internal/**}
 * is for the service account. Security errors leave as the same problem details as every other error.
 */
@Configuration(proxyBeanMethods = false)
@Import(JwtDecoderConfiguration.class)
@EnableConfigurationProperties(InternalApiProperties.class)
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain internal(HttpSecurity http, InternalApiProperties account) throws Exception {
        return ShopSecurity.internalApi(http, account);
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            JwtDecoder decoder,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, decoder, resolver)
                .authorizeHttpRequests(requests -> ShopSecurity.permitOperational(requests)
                        // public: browse
                        .requestMatchers(HttpMethod.GET, "/api/products", "/api/products/*")
                        .permitAll()
                        // ADMIN: the catalog, the fault switches
                        .requestMatchers(HttpMethod.POST, "/api/products")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/products/*")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/products/*")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        // everything else: any logged-in user
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
