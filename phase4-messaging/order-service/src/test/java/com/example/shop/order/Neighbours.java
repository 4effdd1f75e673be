package com.example.shop.order;

import static com.example.shop.order.client.NeighbourCalls.INVENTORY_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.NOTIFICATION_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.PAYMENT_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.PRODUCT_SERVICE;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The neighbours as the tests meet them: their contract stubs (WireMock, generated from the contracts that each
 * neighbour verifies in its own build), found by name through service discovery's static instance list, exactly as
 * without Consul. A neighbour in trouble is played by the same stubs answering late, or by a port nothing listens on.
 */
final class Neighbours {

    static final List<String> SERVICES =
            List.of(PRODUCT_SERVICE, INVENTORY_SERVICE, PAYMENT_SERVICE, NOTIFICATION_SERVICE);

    private Neighbours() {}

    /** Started before the application context, on free ports. */
    static StubRunnerExtension stubs() {
        return new StubRunnerExtension()
                .downloadStub("com.example.shop", "phase3-product-service", "+", "stubs")
                .downloadStub("com.example.shop", "phase3-inventory-service", "+", "stubs")
                .downloadStub("com.example.shop", "phase3-payment-service", "+", "stubs")
                .downloadStub("com.example.shop", "phase3-notification-service", "+", "stubs")
                .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH);
    }

    /** Every neighbour's name resolves to its stub, its only instance. */
    static void resolveToStubs(DynamicPropertyRegistry registry, StubRunnerExtension stubs) {
        SERVICES.forEach(service -> resolve(registry, service, stubOf(stubs, service)));
    }

    static Supplier<Object> stubOf(StubRunnerExtension stubs, String service) {
        return () -> stubUrl(stubs, service).toString();
    }

    /** The service's instances, in the order the load balancer's round robin visits them. */
    @SafeVarargs
    static void resolve(DynamicPropertyRegistry registry, String service, Supplier<Object>... instances) {
        // Stubs have no readiness endpoint: the load balancer must not check them (HealthCheckedInstances), or it
        // would find none alive. A dead instance is still skipped by the retries these tests are about.
        registry.add("shop.discovery.health-checks", () -> "false");
        for (int i = 0; i < instances.length; i++) {
            registry.add("spring.cloud.discovery.client.simple.instances." + service + "[" + i + "].uri", instances[i]);
        }
    }

    static WireMock stub(StubRunnerExtension stubs, String service) {
        return new WireMock("localhost", stubUrl(stubs, service).getPort());
    }

    /** Where the service's stub listens; its stubs are published under the phase's artifact id. */
    private static URL stubUrl(StubRunnerExtension stubs, String service) {
        return stubs.findStubUrl("com.example.shop", "phase3-" + service);
    }

    /** The address of a killed instance: nothing listens there, so a connection is refused at once. */
    static String killedInstance() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://localhost:" + socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The stub gives the contracts' answers to {@code method urlPath} only after {@code delay}: copies of those
     * mappings, delayed and preferred. Returns their ids for {@link #answerInTime}.
     */
    static List<UUID> answerLate(WireMock stub, String method, String urlPath, Duration delay) {
        return registerLate(stub, method, urlPath, delay, late -> {});
    }

    /** As {@link #answerLate}, for the first matching request only; the ones after it are answered in time. */
    static List<UUID> answerLateOnce(WireMock stub, String method, String urlPath, Duration delay) {
        String scenario = "late-once-" + UUID.randomUUID();
        return registerLate(stub, method, urlPath, delay, late -> {
            late.setScenarioName(scenario);
            late.setRequiredScenarioState(Scenario.STARTED);
            late.setNewScenarioState("answered late once");
        });
    }

    /** Answers {@code urlPath} 200 with a body that breaks off halfway, as when a connection closes mid-answer. */
    static List<UUID> answerBroken(WireMock stub, String method, String urlPath) {
        return stub.allStubMappings().getMappings().stream()
                .filter(mapping -> matches(mapping.getRequest(), method, urlPath))
                .map(mapping -> {
                    StubMapping broken = new StubMapping(
                            mapping.getRequest(),
                            ResponseDefinitionBuilder.responseDefinition()
                                    .withStatus(200)
                                    .withHeader("Content-Type", "application/json")
                                    .withBody("[{\"id\": 1, \"name\": \"Mu")
                                    .build());
                    broken.setPriority(1);
                    stub.register(broken);
                    return broken.getId();
                })
                .toList();
    }

    private static List<UUID> registerLate(
            WireMock stub, String method, String urlPath, Duration delay, Consumer<StubMapping> customize) {
        return stub.allStubMappings().getMappings().stream()
                .filter(mapping -> matches(mapping.getRequest(), method, urlPath))
                .map(mapping -> {
                    StubMapping late = new StubMapping(
                            mapping.getRequest(),
                            ResponseDefinitionBuilder.like(mapping.getResponse())
                                    .withFixedDelay((int) delay.toMillis())
                                    .build());
                    late.setPriority(1);
                    customize.accept(late);
                    stub.register(late);
                    return late.getId();
                })
                .toList();
    }

    static void answerInTime(WireMock stub, List<UUID> lateMappings) {
        lateMappings.forEach(stub::removeStubMapping);
    }

    private static boolean matches(RequestPattern request, String method, String urlPath) {
        return request.getMethod().getName().equals(method)
                && (urlPath.equals(request.getUrlPath()) || urlPath.equals(request.getUrl()));
    }
}
