package com.example.shop.user;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 7662 token introspection for the other services (HTTP Basic with the introspection client, see
 * {@link SecurityConfiguration}): the same answer that {@link SessionTokenIntrospector} gives locally. Every request to
 * every other service costs one call here: the chatty coupling that phase 3 removes.
 */
@RestController
class IntrospectionController {

    private final SessionTokenIntrospector introspector;

    IntrospectionController(SessionTokenIntrospector introspector) {
        this.introspector = introspector;
    }

    /** An unknown, expired or revoked token is not an error: the answer is {@code {"active": false}}. */
    @PostMapping(path = "/api/auth/introspect", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Map<String, Object> introspect(@RequestParam(defaultValue = "") String token) {
        try {
            return active(introspector.introspect(token));
        } catch (BadOpaqueTokenException unknownOrExpired) {
            return Map.of("active", false);
        }
    }

    private static Map<String, Object> active(OAuth2AuthenticatedPrincipal principal) {
        List<String> roles = principal.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(authority -> authority.substring("ROLE_".length()))
                .toList();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("active", true);
        claims.put("sub", principal.getName());
        claims.put("email", principal.getAttribute("email"));
        claims.put("roles", roles);
        claims.put("exp", principal.<Instant>getAttribute("exp").getEpochSecond());
        return claims;
    }
}
