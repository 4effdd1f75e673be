package com.example.shop.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.testsupport.PostgresTestConfiguration;
import com.example.shop.testsupport.RabbitTestConfiguration;
import com.example.shop.testsupport.RequiresDocker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Registration in a real Consul agent (the image compose uses): the service registers under its name with its
 * readiness check, Consul calls that check and marks the instance passing, and discovery finds it. Runs only where
 * Docker answers (there is no Consul without it); elsewhere it is reported as skipped, and the static instance list
 * stands in (see the gateway's and order-service's tests).
 */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT) // Consul must reach a real port
@Import({PostgresTestConfiguration.class, RabbitTestConfiguration.class})
@ActiveProfiles("postgres")
class ConsulRegistrationIntegrationTests {

    static final int PORT = freePort();
    static GenericContainer<?> consul;

    @DynamicPropertySource
    static void consul(DynamicPropertyRegistry registry) {
        // Consul checks the service from inside its container: open the service's port to containers first.
        Testcontainers.exposeHostPorts(PORT);
        consul = new GenericContainer<>("hashicorp/consul:1.20")
                .withCommand("agent", "-dev", "-client=0.0.0.0")
                .withExposedPorts(8500)
                .waitingFor(Wait.forHttp("/v1/status/leader").forPort(8500));
        consul.start();
        registry.add("server.port", () -> PORT);
        registry.add("spring.cloud.consul.enabled", () -> "true");
        registry.add("spring.cloud.consul.host", consul::getHost);
        registry.add("spring.cloud.consul.port", () -> consul.getMappedPort(8500));
        registry.add("spring.cloud.consul.discovery.prefer-ip-address", () -> "false");
        registry.add("spring.cloud.consul.discovery.hostname", () -> "host.testcontainers.internal");
        registry.add("spring.cloud.consul.discovery.health-check-interval", () -> "1s");
    }

    @AfterAll
    static void stopConsul() {
        if (consul != null) {
            consul.stop();
        }
    }

    @Autowired
    DiscoveryClient discovery;

    @Test
    void registersWithAReadinessCheckThatConsulSeesPassing() throws Exception {
        String passing = awaitPassing();

        assertThat(passing).contains("\"Service\":\"product-service\"").contains("/actuator/health/readiness");
    }

    @Test
    void isFoundByNameThroughDiscovery() throws Exception {
        awaitPassing();

        List<ServiceInstance> instances = discovery.getInstances("product-service");

        assertThat(instances).singleElement().satisfies(instance -> assertThat(instance.getPort())
                .isEqualTo(PORT));
    }

    /** Consul's view of the passing product-service instances, once there is one (its check runs every second). */
    private static String awaitPassing() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://" + consul.getHost() + ":" + consul.getMappedPort(8500)
                + "/v1/health/service/product-service?passing=true");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            String body = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            if (body.contains("\"Service\":\"product-service\"") || System.nanoTime() > deadline) {
                return body;
            }
            Thread.sleep(500);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
