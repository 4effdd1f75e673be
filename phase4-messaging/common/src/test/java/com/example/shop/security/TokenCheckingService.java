package com.example.shop.security;

import com.example.shop.common.Caller;
import com.example.shop.common.ProblemTypes;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal service below the gateway: one protected endpoint that answers who the caller is, the shared problem
 * details, and the shared security set-up ({@link ShopSecurityAutoConfiguration}) with access rules as a service's
 * {@code SecurityConfiguration} gives them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = ProblemTypes.class)
class TokenCheckingService {

    @Bean
    AccessRules accessRules() {
        return requests -> requests.anyRequest().authenticated();
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
