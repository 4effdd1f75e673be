package com.example.shop.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the gateway's integration tests share: fake services behind it, tokens, and a client. */
final class GatewayTest {

    static final String[] SERVICES = {
        "user-service",
        "product-service",
        "inventory-service",
        "order-service",
        "payment-service",
        "notification-service"
    };

    private GatewayTest() {}

    /** Every service name resolves to {@code services}, except {@code down}, which resolves to a closed port. */
    static void route(DynamicPropertyRegistry registry, FakeServices services, String... down) {
        for (String service : SERVICES) {
            boolean isDown = java.util.Arrays.asList(down).contains(service);
            registry.add(
                    "spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
                    () -> isDown ? "http://127.0.0.1:" + closedPort() : services.uri());
        }
    }

    static WebTestClient client(int port) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    static UUID someone() {
        return UUID.randomUUID();
    }

    /** A port nothing listens on (it was free a moment ago). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
