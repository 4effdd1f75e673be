package com.example.shop.user;

import com.example.shop.security.InternalApiProperties;
import com.example.shop.security.JwtProperties;
import com.example.shop.security.ShopSecurity;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
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
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what in the user service. Requests carry the RS256 JWT this service signed at login ({@link Sessions}),
 * which Spring Security's resource server verifies with this service's own public key: no call to itself, and, as in
 * every service behind the gateway, no look at the session (the gateway checks it). The public key is published at
 * {@code /.well-known/jwks.json} for everyone else; {@code /internal/**} is for the service account. Security errors
 * leave as problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtProperties.class, InternalApiProperties.class})
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain internal(HttpSecurity http, InternalApiProperties account) throws Exception {
        return ShopSecurity.internalApi(http, account);
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            JwtDecoder decoder,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, decoder, resolver)
                .authorizeHttpRequests(requests -> ShopSecurity.permitOperational(requests)
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
                        .authenticated())
                .build();
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
        decoder.setJwtValidator(ShopSecurity.tokenValidator(properties));
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
