package com.example.shop.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one service account that may call {@code /internal/**} (HTTP Basic). Callers use the same properties; the
 * environment variable {@code SHOP_INTERNAL_SECRET} sets its password.
 */
@ConfigurationProperties("shop.internal")
public record InternalApiProperties(
        @DefaultValue("shop-internal") String username,
        @DefaultValue("internal-secret-local") String password) {}
