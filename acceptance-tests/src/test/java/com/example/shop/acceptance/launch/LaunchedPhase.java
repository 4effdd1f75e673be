package com.example.shop.acceptance.launch;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the phase under test before the first journey of a test run and stops it after the last, with the launcher
 * a learner uses ({@code ./run phaseN --detach --fresh}). Registered for every test class of the suite (JUnit's
 * extension auto-detection), active only where the build asks for it ({@code shop.launch=true}): each failsafe
 * execution of acceptance-tests/pom.xml is one phase in its own JVM, so the phases run one after another and never
 * share the machine's two cores. Without it, the journeys run against whatever already listens at the base URLs.
 */
public final class LaunchedPhase implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LaunchedPhase.class);

    /** The proxy between the phase's services and RabbitMQ (phases started with {@code shop.launch.rabbitmq-proxy}). */
    public static com.example.shop.testsupport.TcpProxy rabbitmq() {
        return RunningPhase.rabbitmq();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Boolean.getBoolean("shop.launch")) {
            return;
        }
        // Stored in the root context: created once per run, closed (the phase stopped) when the run ends. A phase
        // that failed to start is stored too, so that every later test class fails at once with the same cause.
        context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        RunningPhase.class,
                        key -> RunningPhase.start(LaunchSettings.fromSystemProperties()),
                        RunningPhase.class)
                .requireRunning();
    }
}
