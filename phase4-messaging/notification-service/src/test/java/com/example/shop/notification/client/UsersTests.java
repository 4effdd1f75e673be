package com.example.shop.notification.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.security.InternalApiProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.web.client.RestClientException;

/**
 * The user-service client against user-service's contract stubs (verified by user-service's own build), not against
 * a hand-written mock that could drift from what user-service really answers. The client calls
 * {@code http://user-service}; the name resolves to the stub through service discovery's static instance list, as
 * without Consul.
 */
// user-service's stub answers its contract and nothing else: no readiness endpoint for the load balancer to check
@SpringBootTest(
        classes = UsersTests.UserClient.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "shop.discovery.health-checks=false")
class UsersTests {

    /** The users in user-service's contracts {@code findsAUserById} and {@code answersNotFoundForAnUnknownUser}. */
    static final UUID ADA = UUID.fromString("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01");

    static final UUID NOBODY = UUID.fromString("00000000-0000-4000-8000-000000000404");

    @RegisterExtension
    static StubRunnerExtension userService = new StubRunnerExtension()
            .downloadStub("com.example.shop", "phase4-user-service", "+", "stubs")
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH);

    @DynamicPropertySource
    static void userServiceIsTheStub(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.cloud.discovery.client.simple.instances.user-service[0].uri",
                () -> userService.findStubUrl("phase4-user-service").toString());
    }

    @Autowired
    Users users;

    @Test
    void findsTheProfileOfAKnownUserWithTheServiceAccount() {
        assertThat(users.profile(ADA))
                .hasValueSatisfying(profile -> assertThat(profile.email()).isEqualTo("ada@example.com"));
    }

    @Test
    void answersEmptyForAnUnknownUser() {
        assertThat(users.profile(NOBODY)).isEmpty();
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(
            classes = UserClient.class,
            webEnvironment = SpringBootTest.WebEnvironment.NONE,
            properties = "shop.discovery.health-checks=false")
    class WhenUserServiceIsDown {

        @DynamicPropertySource
        static void userServiceIsAPortNobodyListensOn(DynamicPropertyRegistry registry) throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                String killed = "http://localhost:" + socket.getLocalPort();
                registry.add("spring.cloud.discovery.client.simple.instances.user-service[0].uri", () -> killed);
            }
        }

        @Autowired
        Users users;

        @Test
        void throwsSoThatTheEmailTaskIsRetriedLater() {
            assertThatThrownBy(() -> users.profile(ADA)).isInstanceOf(RestClientException.class);
        }
    }

    /** Only the client, with what it needs: Boot's RestClient support, discovery and the load balancer. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(
            excludeName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
                "com.example.shop.messaging.MessagingAutoConfiguration"
            })
    @EnableConfigurationProperties({ClientProperties.class, InternalApiProperties.class})
    @Import({ClientConfiguration.class, Users.class})
    static class UserClient {}
}
