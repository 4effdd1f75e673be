package com.example.shop.security;

import com.example.shop.common.Caller;
import com.example.shop.common.ProblemTypes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * A minimal service below the gateway: one protected endpoint that answers who the caller is, the shared problem
 * details, and the shared security set-up exactly as a service's {@code SecurityConfiguration} applies it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(JwtDecoderConfiguration.class)
@ComponentScan(basePackageClasses = ProblemTypes.class)
class TokenCheckingService {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            JwtDecoder decoder,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, decoder, resolver)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .build();
    }

    /** Registered as a member of this configuration. */
    @RestController
    static class CallerController {

        @GetMapping("/api/caller")
        Caller caller(Authentication authentication) {
            return Caller.of(authentication);
        }
    }
}
