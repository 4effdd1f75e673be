package com.example.shop.acceptance.launch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start the phase under test, from the system properties acceptance-tests/pom.xml gives each execution.
 *
 * @param repository the repository root, where {@code ./run} is
 * @param phase the launcher's name of the phase ({@code phase3})
 * @param arguments extra launcher arguments ({@code shop.launch.arguments}, split on spaces)
 * @param environment the launcher's environment: every {@code shop.launch.env.NAME} property becomes {@code NAME}
 * @param timings the file each phase adds its line of timings to
 * @param rabbitmqProxy whether the services reach RabbitMQ through a proxy the tests control ({@code
 *     shop.launch.rabbitmq-proxy}), to cut the broker off
 */
record LaunchSettings(
        Path repository,
        String phase,
        List<String> arguments,
        Map<String, String> environment,
        Path timings,
        boolean rabbitmqProxy) {

    static LaunchSettings fromSystemProperties() {
        Map<String, String> environment = new LinkedHashMap<>();
        String prefix = "shop.launch.env.";
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(prefix))
                .sorted()
                .forEach(name -> environment.put(name.substring(prefix.length()), System.getProperty(name)));
        String arguments = System.getProperty("shop.launch.arguments", "").trim();
        return new LaunchSettings(
                Path.of(required("shop.launch.repository")),
                required("shop.phase"),
                arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split("\\s+")),
                Map.copyOf(environment),
                Path.of(required("shop.launch.timings")),
                Boolean.getBoolean("shop.launch.rabbitmq-proxy"));
    }

    LaunchSettings withEnvironment(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(environment);
        more.put(name, value);
        return new LaunchSettings(repository, phase, arguments, Map.copyOf(more), timings, rabbitmqProxy);
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set (see acceptance-tests/pom.xml)");
        }
        return value;
    }
}
