package com.example.shop.notification.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.security.InternalApiProperties;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.web.client.RestClient;

/**
 * The user-service client against user-service's contract stubs (verified by user-service's own build), not against
 * a hand-written mock that could drift from what user-service really answers.
 */
class UsersTests {

    /** The users in user-service's contracts {@code findsAUserById} and {@code answersNotFoundForAnUnknownUser}. */
    static final UUID ADA = UUID.fromString("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01");

    static final UUID NOBODY = UUID.fromString("00000000-0000-4000-8000-000000000404");

    @RegisterExtension
    static StubRunnerExtension userService = new StubRunnerExtension()
            .downloadStub("com.example.shop", "phase3-user-service", "+", "stubs")
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH);

    @Test
    void findsTheProfileOfAKnownUserWithTheServiceAccount() {
        assertThat(users(userService.findStubUrl("phase3-user-service").toString())
                        .profile(ADA))
                .hasValueSatisfying(profile -> assertThat(profile.email()).isEqualTo("ada@example.com"));
    }

    @Test
    void answersEmptyForAnUnknownUser() {
        assertThat(users(userService.findStubUrl("phase3-user-service").toString())
                        .profile(NOBODY))
                .isEmpty();
    }

    @Test
    void answersEmptyWhenUserServiceCannotBeReached() {
        assertThat(users("http://127.0.0.1:9").profile(ADA)).isEmpty();
    }

    private static Users users(String url) {
        return new Users(
                RestClient.builder(),
                new UserServiceProperties(url, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                new InternalApiProperties("shop-internal", "internal-secret-local"));
    }
}
