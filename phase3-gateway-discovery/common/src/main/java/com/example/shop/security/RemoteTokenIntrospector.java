package com.example.shop.security;

import java.util.Collection;
import java.util.List;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimAccessor;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.introspection.SpringOpaqueTokenIntrospector;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * Checks a bearer token by asking user-service (RFC 7662), on every request: the chatty coupling that phase 3 removes
 * with self-contained JWTs. The principal's name is the user id ({@code sub}); claim {@code roles} becomes
 * {@code ROLE_<role>} authorities, as phase 1's local introspector did.
 *
 * <p>An inactive or unknown token is a {@code BadOpaqueTokenException} (401). When user-service cannot be asked
 * (connection refused, timeout, an error answer) the token is neither valid nor invalid: that becomes an
 * {@link AuthenticationServiceException}, which {@link ShopSecurity} hands to the problem details as 503.
 */
public class RemoteTokenIntrospector implements OpaqueTokenIntrospector {

    private final SpringOpaqueTokenIntrospector delegate;

    public RemoteTokenIntrospector(IntrospectionProperties properties) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(properties.connectTimeout());
        requestFactory.setReadTimeout(properties.readTimeout());
        RestTemplate rest = new RestTemplate(requestFactory);
        rest.getInterceptors()
                .add(new BasicAuthenticationInterceptor(properties.clientId(), properties.clientSecret()));
        this.delegate = new SpringOpaqueTokenIntrospector(properties.uri(), rest);
        this.delegate.setAuthenticationConverter(RemoteTokenIntrospector::principal);
    }

    /** The message of the 503 problem when user-service cannot be asked. */
    public static final String UNAVAILABLE = "authentication is unavailable: user-service could not be reached";

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        try {
            return delegate.introspect(token);
        } catch (OAuth2IntrospectionException failed) {
            if (failed.getCause() instanceof RestClientException) {
                throw new AuthenticationServiceException(UNAVAILABLE, failed);
            }
            throw failed;
        }
    }

    private static OAuth2AuthenticatedPrincipal principal(OAuth2TokenIntrospectionClaimAccessor claims) {
        return new DefaultOAuth2AuthenticatedPrincipal(claims.getSubject(), claims.getClaims(), authorities(claims));
    }

    private static Collection<GrantedAuthority> authorities(OAuth2TokenIntrospectionClaimAccessor claims) {
        List<String> roles = claims.getClaimAsStringList("roles");
        if (roles == null) {
            return List.of();
        }
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
