package com.example.shop.user;

import com.example.shop.security.AccessRules;
import com.example.shop.security.JwtProperties;
import com.example.shop.security.ShopTokens;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Who may call what in the user service, and its keys. Requests carry the RS256 JWT this service signed at login
 * ({@link Sessions}), which the resource server every service shares ({@code ShopSecurityAutoConfiguration}) verifies
 * here with this service's own public key: no call to itself, and, as in every service behind the gateway, no look at
 * the session (the gateway checks it). The public key is published at {@code /.well-known/jwks.json} for everyone
 * else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AccessRules accessRules() {
        return requests -> requests
                // public: sign up, log in, the key that verifies tokens
                .requestMatchers(HttpMethod.POST, "/api/users", "/api/auth/login")
                .permitAll()
                .requestMatchers(HttpMethod.GET, JwksController.PATH)
                .permitAll()
                // ADMIN: the fault switches (user-service owns none, the list is empty)
                .requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
                // everything else: any logged-in user
                .anyRequest()
                .authenticated();
    }

    /** Signs access tokens; the encoder puts the key's id (its thumbprint) in each token's header. */
    @Bean
    JwtEncoder jwtEncoder(SigningKey key) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key.jwk())));
    }

    /** The same checks as every other service's decoder, with the public key at hand instead of fetched. */
    @Bean
    JwtDecoder jwtDecoder(SigningKey key, JwtProperties properties) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withPublicKey(key.publicKey()).build();
        decoder.setJwtValidator(ShopTokens.validator(properties));
        return decoder;
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
