package com.example.shop.notification.client;

import com.example.shop.security.InternalApiProperties;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Phase 1's {@code Users} module API as far as notifications need it, now a call to user-service by name
 * ({@code GET http://user-service/internal/users/{id}} through the load balancer, HTTP Basic as the service account,
 * with connect and read timeouts).
 */
@Component
public class Users {

    private static final Logger log = LoggerFactory.getLogger(Users.class);

    private final RestClient userService;

    Users(@LoadBalanced RestClient.Builder builder, UserServiceProperties properties, InternalApiProperties account) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(properties.connectTimeout());
        requestFactory.setReadTimeout(properties.readTimeout());
        this.userService = builder.clone()
                .baseUrl("http://user-service")
                .requestFactory(requestFactory)
                .defaultHeaders(headers -> headers.setBasicAuth(account.username(), account.password()))
                .build();
    }

    /**
     * The user's profile; empty when user-service does not know them, and also when it cannot answer (down, slow,
     * failing): the caller then records the e-mail as not sent, and the notification itself is kept.
     */
    public Optional<UserProfile> profile(UUID id) {
        try {
            return Optional.ofNullable(
                    userService.get().uri("/internal/users/{id}", id).retrieve().body(UserProfile.class));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        } catch (RestClientException | IllegalStateException ex) { // the latter: the load balancer knows no instance
            log.warn("Could not look user {} up at user-service: {}", id, ex.getMessage());
            return Optional.empty();
        }
    }
}
