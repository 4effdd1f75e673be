package com.example.shop.common;

import java.util.UUID;
import org.springframework.security.core.Authentication;

/** Who is calling: the authenticated user's id (the principal's name) and whether they hold the ADMIN role. */
public record Caller(UUID id, boolean admin) {

    public static Caller of(Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
        return new Caller(UUID.fromString(authentication.getName()), admin);
    }
}
