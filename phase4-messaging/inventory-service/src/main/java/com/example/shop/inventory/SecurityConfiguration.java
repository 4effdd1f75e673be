package com.example.shop.inventory;

import com.example.shop.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what in inventory-service. How a caller proves who they are (a bearer token, or the service account on
 * {@code /internal/**}) is the same in every service: {@code ShopSecurityAutoConfiguration} in common.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AccessRules accessRules() {
        return requests -> requests
                // public: stock levels
                .requestMatchers(HttpMethod.GET, "/api/inventory/*")
                .permitAll()
                // ADMIN: the stock, the fault switch
                .requestMatchers(HttpMethod.PUT, "/api/inventory/*")
                .hasRole("ADMIN")
                .requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
                // everything else: any logged-in user
                .anyRequest()
                .authenticated();
    }
}
