package com.example.shop.user;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Spring Security's resource server asks this for every bearer token: the token is valid while its session row
 * exists and has not expired. The principal's name is the user id; its authorities are {@code ROLE_<role>}.
 */
@Component
public class SessionTokenIntrospector implements OpaqueTokenIntrospector {

    private final Sessions sessions;
    private final Users users;

    SessionTokenIntrospector(Sessions sessions, Users users) {
        this.sessions = sessions;
        this.users = users;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Session session = sessions.find(token).orElseThrow(() -> new BadOpaqueTokenException("Unknown or expired"));
        UserProfile user =
                users.profile(session.userId()).orElseThrow(() -> new BadOpaqueTokenException("User no longer exists"));
        return new DefaultOAuth2AuthenticatedPrincipal(
                user.id().toString(),
                Map.of("sub", user.id().toString(), "email", user.email(), "exp", session.expiresAt()),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    }
}
