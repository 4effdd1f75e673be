package com.example.shop.user;

import com.example.shop.security.AccessRules;
import com.example.shop.security.IntrospectionProperties;
import com.example.shop.security.ShopSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what in the user service, and how passwords are checked. Requests carry an opaque bearer token that
 * the resource server every service shares ({@code ShopSecurityAutoConfiguration}) checks here with
 * {@link SessionTokenIntrospector} (a lookup of the session in this service's database). The other services ask the
 * same question over HTTP at {@code POST /api/auth/introspect}, which only the introspection client may call.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String INTROSPECTION_CLIENT_ROLE = "INTROSPECTION_CLIENT";

    /** Other services ask here whether a token is valid: HTTP Basic with their client credentials. */
    @Bean
    @Order(ShopSecurity.INTERNAL_API_ORDER + 1)
    SecurityFilterChain introspection(HttpSecurity http, IntrospectionProperties client) throws Exception {
        return ShopSecurity.basicAuthenticated(
                http, "/api/auth/introspect", client.clientId(), client.clientSecret(), INTROSPECTION_CLIENT_ROLE);
    }

    @Bean
    AccessRules accessRules() {
        return requests -> requests
                // public: sign up, log in
                .requestMatchers(HttpMethod.POST, "/api/users", "/api/auth/login")
                .permitAll()
                // ADMIN: the fault switches (user-service owns none, the list is empty)
                .requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
                // everything else: any logged-in user
                .anyRequest()
                .authenticated();
    }

    /** Stores {@code {bcrypt}…} hashes and can still read older encodings should the default ever change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }
}
