package com.example.shop.notification.client;

import java.util.Optional;
import java.util.UUID;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Phase 1's {@code Users} module API as far as notifications need it: a call to user-service by name
 * ({@code GET http://user-service/internal/users/{id}} through the load balancer, as the service account).
 */
@Component
public class Users {

    private final RestClient userService;

    Users(@LoadBalanced RestClient.Builder builder) {
        this.userService = builder.clone().baseUrl("http://user-service").build();
    }

    /**
     * The user's profile; empty when user-service does not know them. When user-service cannot answer, the exception
     * goes up: the e-mail task that asked is retried later rather than dropped.
     */
    public Optional<UserProfile> profile(UUID id) {
        try {
            return Optional.ofNullable(
                    userService.get().uri("/internal/users/{id}", id).retrieve().body(UserProfile.class));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }
}
