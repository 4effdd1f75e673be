package com.example.shop.user;

import com.example.shop.security.InternalApiProperties;
import com.example.shop.security.IntrospectionProperties;
import com.example.shop.security.ShopSecurity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what in the user service. Requests carry an opaque bearer token that Spring Security's resource server
 * checks with {@link SessionTokenIntrospector} (a lookup of the session in this service's database). The other
 * services ask the same question over HTTP at {@code POST /api/auth/introspect}, which only the introspection client
 * may call; {@code /internal/**} is for the service account. Security errors leave as problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntrospectionProperties.class, InternalApiProperties.class})
public class SecurityConfiguration {

    static final String INTROSPECTION_CLIENT_ROLE = "INTROSPECTION_CLIENT";

    @Bean
    @Order(1)
    SecurityFilterChain internal(HttpSecurity http, InternalApiProperties account) throws Exception {
        return ShopSecurity.internalApi(http, account);
    }

    @Bean
    @Order(2)
    SecurityFilterChain introspection(HttpSecurity http, IntrospectionProperties client) throws Exception {
        return ShopSecurity.basicAuthenticated(
                http, "/api/auth/introspect", client.clientId(), client.clientSecret(), INTROSPECTION_CLIENT_ROLE);
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(
            HttpSecurity http,
            SessionTokenIntrospector introspector,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, introspector, resolver)
                .authorizeHttpRequests(requests -> ShopSecurity.permitOperational(requests)
                        // public: sign up, log in
                        .requestMatchers(HttpMethod.POST, "/api/users", "/api/auth/login")
                        .permitAll()
                        // ADMIN: the fault switches (user-service owns none, the list is empty)
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        // everything else: any logged-in user
                        .anyRequest()
                        .authenticated())
                .build();
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
