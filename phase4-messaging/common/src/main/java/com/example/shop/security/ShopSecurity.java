package com.example.shop.security;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The parts of phase 1's security configuration that every service shares, assembled by
 * {@link ShopSecurityAutoConfiguration}.
 */
public final class ShopSecurity {

    public static final String SERVICE_ROLE = "SERVICE";

    /** The order of the chain for {@code /internal/**}: consulted first. */
    public static final int INTERNAL_API_ORDER = 1;

    /** The order of the catch-all API chain: consulted last. */
    public static final int API_ORDER = 100;

    private ShopSecurity() {}

    /**
     * Stateless bearer-token resource server for user-service's JWTs, checked by {@code decoder}. The principal's name
     * is the user id ({@code sub}), so {@code Caller.of(authentication)} reads it as before; claim {@code roles}
     * becomes {@code ROLE_<role>} authorities. Security errors are handed to Spring MVC's exception resolvers, so they
     * leave as the same problem details as every other error. The caller adds its authorization rules and builds.
     *
     * <p>When the signing keys cannot be fetched (user-service down while the key cache is cold) the token is neither
     * valid nor invalid: the decoder's failure becomes an {@link AuthenticationServiceException}, takes the same path
     * and leaves as 503; by default the bearer token filter would rethrow it and the container would answer a plain
     * 500.
     */
    public static HttpSecurity resourceServer(HttpSecurity http, JwtDecoder decoder, HandlerExceptionResolver resolver)
            throws Exception {
        AuthenticationEntryPoint unauthenticated =
                (request, response, ex) -> resolver.resolveException(request, response, null, ex);
        AccessDeniedHandler forbidden =
                (request, response, ex) -> resolver.resolveException(request, response, null, ex);
        AuthenticationEntryPointFailureHandler failed = new AuthenticationEntryPointFailureHandler(unauthenticated);
        failed.setRethrowAuthenticationServiceException(false);
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt ->
                                jwt.decoder(decoder).jwtAuthenticationConverter(ShopTokens.authenticationConverter()))
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failed);
                                return filter;
                            }
                        })
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
    }

    /** Health probes, info, the error page and the API docs are public in every service. */
    public static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
            permitOperational(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        return requests.requestMatchers("/actuator/health/**", "/actuator/info", "/error")
                .permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll();
    }

    /**
     * The chain for {@code /internal/**}: HTTP Basic with the one service account, role {@code SERVICE}, at
     * {@link #INTERNAL_API_ORDER}, so that it is consulted before the catch-all API chain.
     */
    public static SecurityFilterChain internalApi(HttpSecurity http, InternalApiProperties account) throws Exception {
        return basicAuthenticated(http, "/internal/**", account.username(), account.password(), SERVICE_ROLE);
    }

    /**
     * A stateless chain for {@code pattern} that accepts only HTTP Basic with one machine account holding
     * {@code role}. The secret is compared as given ({@code {noop}}): it is a long random machine secret, not a
     * human password, so a slow hash would add latency to every call without adding protection. Phase 3 keeps this
     * as it is (user JWTs are about users, not services); the next step would be a token of the calling service's own
     * (OAuth2 client credentials) or mutual TLS.
     */
    public static SecurityFilterChain basicAuthenticated(
            HttpSecurity http, String pattern, String username, String secret, String role) throws Exception {
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(User.withUsername(username)
                .password("{noop}" + secret)
                .roles(role)
                .build());
        return http.securityMatcher(pattern)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(new DaoAuthenticationProvider(accounts)))
                .httpBasic(basic -> {})
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(role))
                .build();
    }
}
