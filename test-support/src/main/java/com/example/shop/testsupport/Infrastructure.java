package com.example.shop.testsupport;

import org.springframework.core.env.Environment;
import org.testcontainers.DockerClientFactory;

/**
 * Decides once per test JVM whether integration tests get their infrastructure from Testcontainers or from services
 * already running on this machine.
 *
 * <p>{@code SHOP_TEST_INFRA=local} (or {@code -Dshop.test.infra=local}) forces the local services even where Docker
 * exists; {@code SHOP_TEST_INFRA=docker} forces Testcontainers.
 */
public final class Infrastructure {

    private static final boolean HAS_DOCKER = dockerAvailable();
    private static final boolean USE_CONTAINERS = decide();

    private Infrastructure() {}

    public static boolean usesContainers() {
        return USE_CONTAINERS;
    }

    /** Whether a Docker engine answers: tests of what only exists as a container (a Consul agent) need one. */
    public static boolean hasDocker() {
        return HAS_DOCKER;
    }

    /** The property that gives a test class a database and virtual host of its own: see {@link #testName}. */
    public static final String TEST_NAME = "shop.test.name";

    /**
     * The name of a test's own database and virtual host on the local servers: {@code shop.test.name}, by default
     * {@code test_<spring.application.name>}. A test class that must not share them with the service's other tests
     * (a broker it cuts off, queues it fills) sets the property.
     */
    public static String testName(Environment environment) {
        return environment.getProperty(TEST_NAME, "test_" + environment.getProperty("spring.application.name", "shop"));
    }

    private static boolean decide() {
        String forced = setting("shop.test.infra", "SHOP_TEST_INFRA", "auto");
        return switch (forced) {
            case "local" -> false;
            case "docker" -> true;
            default -> HAS_DOCKER;
        };
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    static String setting(String systemProperty, String environmentVariable, String fallback) {
        String value = System.getProperty(systemProperty, System.getenv(environmentVariable));
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
