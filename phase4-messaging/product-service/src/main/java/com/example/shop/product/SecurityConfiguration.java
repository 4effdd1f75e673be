package com.example.shop.product;

import com.example.shop.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what in the product service. How a caller proves who they are (a bearer token, or the service account on
 * {@code /internal/**}) is the same in every service: {@code ShopSecurityAutoConfiguration} in common.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AccessRules accessRules() {
        return requests -> requests
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
                .authenticated();
    }
}
