package com.example.shop.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Maps the shared environment variables ({@code SHOP_USER_SERVICE_URL}, {@code SHOP_INTROSPECTION_SECRET},
 * {@code SHOP_INTERNAL_SECRET}) onto the {@code shop.introspection.*} and {@code shop.internal.*} properties once for
 * every service. A {@code @PropertySource} has the lowest precedence: a service's application.yml still wins.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:com/example/shop/security/security-defaults.properties")
class SecurityDefaults {}
