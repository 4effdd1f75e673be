package com.example.shop.gateway.security;

import com.example.shop.gateway.problem.Problems;
import com.example.shop.security.JwtProperties;
import com.example.shop.security.ShopTokens;
import io.netty.channel.ChannelOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Authentication at the edge. The gateway answers 401 itself for a missing, malformed, tampered, expired, foreign
 * (issuer, audience) or logged-out token, so such a request never reaches a service. What a caller may do with a
 * valid token (ADMIN or not, whose order) stays with the services, which also verify the token again: a request that
 * bypasses the gateway is not trusted either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
class EdgeSecurityConfiguration {

    static final String INVALID_TOKEN =
            "The bearer token is not valid (malformed, expired, logged out or not issued by this shop): log in again";

    private static final Logger log = LoggerFactory.getLogger(EdgeSecurityConfiguration.class);

    @Bean
    SecurityWebFilterChain edge(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, failure) -> {
            log.debug("Refused at the edge: {}", failure.getMessage());
            return Problems.write(
                    exchange, Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", describe(failure)));
        };
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
                        // the live stream checks its caller itself: a bearer token (checked here too when sent), or
                        // a one-use ticket for a browser's EventSource, which cannot send headers
                        .pathMatchers(HttpMethod.GET, "/api/notifications/stream")
                        .permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/fallback/**")
                        .permitAll()
                        // the API's documentation: one Swagger UI for every service
                        .pathMatchers(
                                "/openapi/*", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
                        .permitAll()
                        // the route table shows every service and filter: for operators, not for customers
                        .pathMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyExchange()
                        .authenticated())
                .build();
    }

    /**
     * The keys come from user-service, found by name; the token must be RS256 and pass the same checks as in every
     * service ({@link ShopTokens#validator}), then have a live session.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(
            JwtProperties properties, @LoadBalanced WebClient.Builder loadBalanced, ReactiveStringRedisTemplate redis) {
        HttpClient keysClient = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        properties.connectTimeout().toMillis())
                .responseTimeout(properties.readTimeout());
        NimbusReactiveJwtDecoder signed = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(loadBalanced
                        .clone()
                        .clientConnector(new ReactorClientHttpConnector(keysClient))
                        .build())
                .build();
        signed.setJwtValidator(ShopTokens.validator(properties));
        return new SessionCheckingJwtDecoder(signed, redis);
    }

    /**
     * Spring Security's firewall refuses paths that could mean two things to the gateway and a service ({@code ..;},
     * {@code %2e%2e}, encoded slashes): with problem details, not its empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedPaths() {
        return (exchange, rejected) -> Problems.write(
                exchange,
                Problems.problem(
                        HttpStatus.BAD_REQUEST,
                        "malformed-request",
                        "The request path is not allowed (encoded or parent-directory segments)"));
    }

    @Bean
    @LoadBalanced
    WebClient.Builder loadBalancedWebClientBuilder() {
        return WebClient.builder();
    }

    /**
     * The token's roles as {@code ROLE_} authorities, as the services read them. The gateway itself needs them only for
     * its own actuator; what else a role may do is the services' call.
     */
    private static ReactiveJwtAuthenticationConverterAdapter roles() {
        return new ReactiveJwtAuthenticationConverterAdapter(ShopTokens.authenticationConverter());
    }

    /**
     * One stable sentence per case, never the JWT library's wording ("Invalid JWT serialization: Missing dot
     * delimiter(s)"): which check failed is for the gateway's log, not for a client probing tokens.
     */
    static String describe(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException || failure instanceof BadCredentialsException) {
            return INVALID_TOKEN;
        }
        return "A valid bearer token is required: log in at POST /api/auth/login";
    }
}
