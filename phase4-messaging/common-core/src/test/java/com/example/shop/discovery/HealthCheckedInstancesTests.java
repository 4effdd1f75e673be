package com.example.shop.discovery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The static instance list behaves like Consul's: an instance whose readiness check fails drops out of the list the
 * load balancer picks from, and comes back when it passes again. The hard case is an instance that stops answering
 * but still accepts connections (a frozen JVM, a stuck accept queue): its checks must give up, or they pile up on the
 * few threads that run every check, and the list stops changing at all.
 */
class HealthCheckedInstancesTests {

    static final Duration INTERVAL = Duration.ofMillis(500);

    @Test
    void instancesThatFailOrStopAnsweringDropOutOfTheListAndComeBack() throws Exception {
        try (FakeInstance steady = FakeInstance.start();
                FakeInstance freezing = FakeInstance.start();
                FakeInstance failing = FakeInstance.start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(NeighbourCaller.class)
                        .web(WebApplicationType.NONE)
                        .properties(
                                "spring.cloud.discovery.client.simple.instances.neighbour[0].uri=" + steady.uri(),
                                "spring.cloud.discovery.client.simple.instances.neighbour[1].uri=" + freezing.uri(),
                                "spring.cloud.discovery.client.simple.instances.neighbour[2].uri=" + failing.uri(),
                                "spring.cloud.loadbalancer.health-check.path.default=/actuator/health/readiness",
                                "spring.cloud.loadbalancer.health-check.interval=" + INTERVAL.toMillis() + "ms",
                                "spring.cloud.loadbalancer.health-check.initial-delay=0")
                        .run()) {
            ServiceInstanceListSupplier neighbour = context.getBean(LoadBalancerClientFactory.class)
                    .getInstance("neighbour", ServiceInstanceListSupplier.class);
            awaitListed(neighbour, steady, freezing, failing);

            freezing.freeze();
            awaitListed(neighbour, steady, failing);

            // Enough rounds for checks that never give up to have taken every thread that runs checks (one per core)
            Thread.sleep(INTERVAL.multipliedBy(Runtime.getRuntime().availableProcessors() + 3)
                    .toMillis());
            failing.fail();
            awaitListed(neighbour, steady);

            freezing.thaw();
            failing.recover();
            awaitListed(neighbour, steady, freezing, failing);
        }
    }

    /** Waits until exactly these instances are listed; fails after 15 s (many check rounds). */
    private static void awaitListed(ServiceInstanceListSupplier supplier, FakeInstance... instances)
            throws InterruptedException {
        Set<Integer> expected =
                java.util.Arrays.stream(instances).map(FakeInstance::port).collect(Collectors.toSet());
        Instant deadline = Instant.now().plusSeconds(15);
        Set<Integer> listed = Set.of();
        while (Instant.now().isBefore(deadline)) {
            List<ServiceInstance> latest = supplier.get().blockFirst(Duration.ofSeconds(5));
            listed = latest == null
                    ? Set.of()
                    : latest.stream().map(ServiceInstance::getPort).collect(Collectors.toSet());
            if (listed.equals(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Expected the instances on " + expected + " to be listed; last seen: " + listed);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(HealthCheckedInstances.class)
    static class NeighbourCaller {}

    /**
     * An instance's readiness endpoint: 200, or 503 once failing, or, once frozen, it accepts the request and answers
     * only when thawed.
     */
    static final class FakeInstance implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService handlers = Executors.newCachedThreadPool();
        private volatile CountDownLatch frozen = new CountDownLatch(0);
        private volatile int status = 200;

        private FakeInstance() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/actuator/health/readiness", exchange -> {
                try {
                    frozen.await();
                    exchange.sendResponseHeaders(status, -1);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                }
            });
            server.setExecutor(handlers);
        }

        static FakeInstance start() throws IOException {
            FakeInstance instance = new FakeInstance();
            instance.server.start();
            return instance;
        }

        int port() {
            return server.getAddress().getPort();
        }

        String uri() {
            return "http://127.0.0.1:" + port();
        }

        void freeze() {
            frozen = new CountDownLatch(1);
        }

        void thaw() {
            frozen.countDown();
        }

        void fail() {
            status = 503;
        }

        void recover() {
            status = 200;
        }

        @Override
        public void close() {
            thaw();
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
