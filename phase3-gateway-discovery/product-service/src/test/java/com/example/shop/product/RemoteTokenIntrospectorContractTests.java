package com.example.shop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.security.IntrospectionProperties;
import com.example.shop.security.RemoteTokenIntrospector;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;

/**
 * How this service checks bearer tokens (the common library's {@link RemoteTokenIntrospector}), against
 * user-service's introspection contract stubs: the same contracts user-service's own generated tests verify.
 */
class RemoteTokenIntrospectorContractTests {

    @RegisterExtension
    static StubRunnerExtension userService = new StubRunnerExtension()
            .downloadStub("com.example.shop", "phase3-user-service", "+", "stubs")
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH);

    @Test
    void anActiveTokenBecomesThePrincipalWithRoleAuthorities() {
        OAuth2AuthenticatedPrincipal principal = introspector().introspect("contract-token");

        assertThat(principal.getName()).isEqualTo("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01");
        assertThat(principal.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_CUSTOMER");
        assertThat((String) principal.getAttribute("email")).isEqualTo("ada@example.com");
    }

    @Test
    void anInactiveTokenIsABadToken() {
        assertThatThrownBy(() -> introspector().introspect("logged-out-token"))
                .isInstanceOf(BadOpaqueTokenException.class);
    }

    private static RemoteTokenIntrospector introspector() {
        return new RemoteTokenIntrospector(new IntrospectionProperties(
                userService.findStubUrl("user-service") + "/api/auth/introspect",
                "shop-services",
                "introspection-secret-local",
                Duration.ofSeconds(1),
                Duration.ofSeconds(2)));
    }
}
