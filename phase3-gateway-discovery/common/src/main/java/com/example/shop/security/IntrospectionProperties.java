package com.example.shop.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how a service asks user-service whether a bearer token is valid. The environment variables
 * {@code SHOP_USER_SERVICE_URL} and {@code SHOP_INTROSPECTION_SECRET} are mapped in
 * {@code security-defaults.properties}.
 *
 * @param uri the RFC 7662 introspection endpoint
 * @param clientId the introspection client (HTTP Basic user name)
 * @param clientSecret its secret
 * @param connectTimeout how long to wait for a connection to user-service
 * @param readTimeout how long to wait for its answer
 */
@ConfigurationProperties("shop.introspection")
public record IntrospectionProperties(
        @DefaultValue("http://localhost:8081/api/auth/introspect")
        String uri,

        @DefaultValue("shop-services") String clientId,
        @DefaultValue("introspection-secret-local") String clientSecret,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout) {}
