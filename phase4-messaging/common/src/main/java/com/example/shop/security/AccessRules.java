package com.example.shop.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what in one service: the only security a service writes itself, as a bean of its
 * {@code SecurityConfiguration}. How callers prove who they are is the same everywhere
 * ({@link ShopSecurityAutoConfiguration}); the health probes and API docs are already public when the rules are
 * applied, and the rules should end with {@code anyRequest()}.
 *
 * <p>Not a Spring Security {@code Customizer} on purpose: Spring Security 7 applies every {@code Customizer} bean of a
 * DSL type to every filter chain, and these rules belong to the API chain only.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
