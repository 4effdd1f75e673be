package com.example.shop.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * How a service below the gateway checks bearer tokens: user-service's RS256 JWTs, verified with the public keys it
 * publishes at {@code /.well-known/jwks.json}. The keys are fetched by name through the load balancer, then cached
 * (five minutes, and again at once when a token names a key not seen yet), so user-service is no longer asked on every
 * request as it was in phase 2. {@link ShopSecurityAutoConfiguration} imports it.
 *
 * <p>The token is checked as the gateway checks it ({@link ShopTokens#validator}), but never its session in Redis: that is the gateway's
 * job. A logged-out token stays valid below the gateway until it expires, so this is defence in depth against a
 * caller who gets past the gateway, not a second revocation check.
 *
 * <p>Deliberately not a {@code @Configuration}: every service scans {@code com.example.shop}, and user-service, which
 * signs the tokens, checks them with its own key instead (its own {@link JwtDecoder} makes this one back off).
 */
@ConditionalOnMissingBean(JwtDecoder.class)
class JwtDecoderConfiguration {

    @Bean
    @LoadBalanced
    RestTemplate jwkSetRestTemplate(JwtProperties properties) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(properties.connectTimeout());
        requestFactory.setReadTimeout(properties.readTimeout());
        return new RestTemplate(requestFactory);
    }

    /** Keys are fetched on the first token, not at start-up: a service starts while user-service is still down. */
    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties, @LoadBalanced RestTemplate jwkSetRestTemplate) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .restOperations(jwkSetRestTemplate)
                .build();
        decoder.setJwtValidator(ShopTokens.validator(properties));
        return decoder;
    }
}
