package com.example.shop.product;

import com.example.shop.security.InternalApiProperties;
import com.example.shop.security.IntrospectionProperties;
import com.example.shop.security.RemoteTokenIntrospector;
import com.example.shop.security.ShopSecurity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what in the product service. Requests carry an opaque bearer token that Spring Security's resource
 * server checks by asking user-service ({@link RemoteTokenIntrospector}), on every request; {@code /internal/**} is
 * for the service account. Security errors leave as the same problem details as every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntrospectionProperties.class, InternalApiProperties.class})
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
            OpaqueTokenIntrospector introspector,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, introspector, resolver)
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

    @Bean
    OpaqueTokenIntrospector introspector(IntrospectionProperties properties) {
        return new RemoteTokenIntrospector(properties);
    }
}
