package com.example.shop.order;

import com.example.shop.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what in the order service. How a caller proves who they are (a bearer token, or the service account on
 * {@code /internal/**}) is the same in every service: {@code ShopSecurityAutoConfiguration} in common.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AccessRules accessRules() {
        return requests -> requests
                // ADMIN: the fault switches (order-service owns none, the list is empty)
                .requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
                // everything else: any logged-in user; ownership is checked by OrderService
                .anyRequest()
                .authenticated();
    }
}
