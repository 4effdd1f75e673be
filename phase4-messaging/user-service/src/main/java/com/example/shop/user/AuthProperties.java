package com.example.shop.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings.
 *
 * @param tokenTtl how long a bearer token (and its session in Redis) stays valid after login
 */
@ConfigurationProperties("shop.auth")
record AuthProperties(@DefaultValue("1h") Duration tokenTtl) {}
