package com.example.shop.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The security every service applies, so that a service's {@code SecurityConfiguration} says only who may call what
 * (its {@link AccessRules}):
 *
 * <ul>
 *   <li>{@code /internal/**} (other services' calls): HTTP Basic with the one service account, consulted first;
 *   <li>everything else: a stateless resource server for user-service's JWTs, checked by a {@link JwtDecoder}
 *       ({@link JwtDecoderConfiguration}, unless the service has its own: user-service, which signs them), with
 *       security errors leaving as problem details, then the service's rules.
 * </ul>
 *
 * A service that needs one more chain declares it with an order between {@link ShopSecurity#INTERNAL_API_ORDER} and
 * {@link ShopSecurity#API_ORDER}.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(AccessRules.class)
@EnableConfigurationProperties({JwtProperties.class, InternalApiProperties.class})
@Import(JwtDecoderConfiguration.class)
public class ShopSecurityAutoConfiguration {

    @Bean
    @Order(ShopSecurity.INTERNAL_API_ORDER)
    SecurityFilterChain internalApi(HttpSecurity http, InternalApiProperties account) throws Exception {
        return ShopSecurity.internalApi(http, account);
    }

    @Bean
    @Order(ShopSecurity.API_ORDER)
    SecurityFilterChain api(
            HttpSecurity http,
            JwtDecoder decoder,
            AccessRules rules,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ShopSecurity.resourceServer(http, decoder, resolver)
                .authorizeHttpRequests(requests -> rules.apply(ShopSecurity.permitOperational(requests)))
                .build();
    }
}
