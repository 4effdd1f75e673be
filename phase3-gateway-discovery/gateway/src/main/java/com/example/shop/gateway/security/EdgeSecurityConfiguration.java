package com.example.shop.gateway.security;

import com.example.shop.gateway.problem.Problems;
import java.util.List;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Authentication at the edge. The gateway answers 401 itself for a missing, malformed, tampered, expired, foreign
 * (issuer, audience) or logged-out token, so such a request never reaches a service. What a caller may do with a
 * valid token (ADMIN or not, whose order) stays with the services, which also verify the token again: a request that
 * bypasses the gateway is not trusted either.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurityConfiguration {

    @Bean
    SecurityWebFilterChain edge(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, failure) ->
                Problems.write(exchange, Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", describe(failure)));
        ServerAccessDeniedHandler forbidden = (exchange, denied) ->
                Problems.write(exchange, Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "access denied"));
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(roles()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .authorizeExchange(exchanges -> exchanges
                        // what the services leave public stays public: registering, logging in, browsing the
                        // catalogue and its stock, and the keys tokens are checked with
                        .pathMatchers(HttpMethod.POST, "/api/users", "/api/auth/login")
                        .permitAll()
                        .pathMatchers(
                                HttpMethod.GET,
                                "/api/products",
                                "/api/products/*",
                                "/api/inventory/*",
                                "/.well-known/jwks.json")
                        .permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/fallback/**")
                        .permitAll()
                        // the route table shows every service and filter: for operators, not for customers
                        .pathMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyExchange()
                        .authenticated())
                .build();
    }

    /** The keys come from user-service, found by name; the token must be RS256, ours, for this API, and live. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(
            EdgeSecurityProperties properties,
            @LoadBalanced WebClient.Builder loadBalanced,
            ReactiveStringRedisTemplate redis) {
        HttpClient keysClient = HttpClient.create().responseTimeout(properties.jwkSetTimeout());
        NimbusReactiveJwtDecoder signed = NimbusReactiveJwtDecoder.withJwkSetUri(
                        properties.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(loadBalanced
                        .clone()
                        .clientConnector(new ReactorClientHttpConnector(keysClient))
                        .build())
                .build();
        signed.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(properties.audience()))));
        return new SessionCheckingJwtDecoder(signed, redis, properties.sessionKeyPrefix());
    }

    @Bean
    @LoadBalanced
    WebClient.Builder loadBalancedWebClientBuilder() {
        return WebClient.builder();
    }

    /**
     * The token's {@code roles} claim ({@code CUSTOMER}, {@code ADMIN}) as {@code ROLE_} authorities, as the services
     * read it. The gateway itself needs them only for its own actuator; what else a role may do is the services' call.
     */
    private static ReactiveJwtAuthenticationConverterAdapter roles() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "a valid bearer token is required" : message;
    }
}
