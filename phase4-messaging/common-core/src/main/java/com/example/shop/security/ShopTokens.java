package com.example.shop.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * What a shop access token is, for everyone who issues or checks one: user-service signs it, the gateway and every
 * service verify it. Kept in one place because copies drift: the gateway once accepted a token without {@code exp}
 * that every service refused.
 */
public final class ShopTokens {

    /** The claim that lists the user's roles ({@code CUSTOMER}, {@code ADMIN}). */
    public static final String ROLES_CLAIM = "roles";

    /** How far apart the clocks of the issuer and a checker may be. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private static final String SESSION_KEY_PREFIX = "shop:session:";

    private ShopTokens() {}

    /** The Redis key of a token's session: it lives exactly as long as the token; logging out deletes it. */
    public static String sessionKey(String tokenId) {
        return SESSION_KEY_PREFIX + tokenId;
    }

    /**
     * What makes a token valid besides its signature: issued by {@code shop.jwt.issuer}, meant for
     * {@code shop.jwt.audience}, within its lifetime ({@code exp} required, {@code nbf} honoured) and not issued in the
     * future ({@code iat}), each with {@link #CLOCK_SKEW} of tolerance.
     */
    public static OAuth2TokenValidator<Jwt> validator(JwtProperties properties) {
        return validator(properties, Clock.systemUTC());
    }

    static OAuth2TokenValidator<Jwt> validator(JwtProperties properties, Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
        lifetime.setAllowEmptyExpiryClaim(false);
        lifetime.setClock(clock);
        return JwtValidators.createDefaultWithValidators(
                lifetime,
                notIssuedInTheFuture(clock),
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()));
    }

    /**
     * Spring Security's own {@code JwtIssuedAtValidator} also refuses tokens issued more than a minute ago (it is
     * meant for DPoP proofs), so the one check needed here is written out.
     */
    private static OAuth2TokenValidator<Jwt> notIssuedInTheFuture(Clock clock) {
        return new JwtClaimValidator<Instant>(
                JwtClaimNames.IAT,
                issuedAt ->
                        issuedAt == null || !issuedAt.isAfter(clock.instant().plus(CLOCK_SKEW)));
    }

    /** The principal is the user id ({@code sub}); each role becomes a {@code ROLE_<role>} authority. */
    public static JwtAuthenticationConverter authenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName(JwtClaimNames.SUB);
        return converter;
    }
}
