package com.example.shop.order;

import static com.example.shop.order.OrderFlow.newProductId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.example.shop.testsupport.IsolatedInfrastructure;
import com.example.shop.testsupport.IsolatedRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Reliability scenario 6: order-service restarts while its orders' jobs wait, and the jobs still run, because they wait
 * in Redis rather than in the process. The application is started, given orders, closed before any job is due, and
 * started again on the same database, broker and Redis (which live in a parent context that outlives both).
 */
class OrderJobsRestartIntegrationTests {

    static final int PENDING = 4;
    static final int CONFIRMED = 4;
    /** Long enough for the first instance to be closed before any job is due, on a busy machine too. */
    static final String DELAY = "15s";

    static final String[] PROPERTIES = {
        "shop.test.name=p4_order_restart",
        "shop.test.redis-database=12",
        "shop.orders.jobs.executor=order-jobs-restart-tests",
        "shop.orders.jobs.expire-after=" + DELAY,
        "shop.orders.jobs.ship-after=" + DELAY,
        "shop.orders.jobs.invoice-after=500ms",
        "shop.orders.jobs.sweep-every=1h", // the jobs, not the sweep, must do it
        "server.port=0",
        "spring.cloud.discovery.client.simple.instances.product-service[0].uri=http://127.0.0.1:9",
    };

    ConfigurableApplicationContext infrastructure;
    ConfigurableApplicationContext instance;

    @Test
    void expiryAndShippingStillHappenAfterTheServiceRestarted() throws Exception {
        infrastructure = new SpringApplicationBuilder(Infrastructure.class)
                .web(WebApplicationType.NONE)
                .run(arguments());
        instance = start();
        OrderFlow flow = flowOf(instance);
        long keyboard = newProductId();
        flow.productListed(keyboard, "Mechanical keyboard", "89.90");
        List<UUID> toExpire = new ArrayList<>();
        List<UUID> toShip = new ArrayList<>();
        for (int i = 0; i < PENDING; i++) {
            toExpire.add(flow.place(UUID.randomUUID(), keyboard, 1));
        }
        for (int i = 0; i < CONFIRMED; i++) {
            UUID order = flow.place(UUID.randomUUID(), keyboard, 1);
            flow.confirmedByTheSaga(order);
            toShip.add(order);
        }
        assertThat(toExpire)
                .allSatisfy(order -> assertThat(flow.statusOf(order)).isEqualTo(OrderStatus.PENDING));
        assertThat(toShip).allSatisfy(order -> assertThat(flow.statusOf(order)).isEqualTo(OrderStatus.CONFIRMED));

        instance.close();
        instance = start();

        OrderFlow afterRestart = flowOf(instance);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(toExpire).allSatisfy(order -> assertThat(afterRestart.statusOf(order))
                    .isEqualTo(OrderStatus.CANCELLED));
            assertThat(toShip).allSatisfy(order -> assertThat(afterRestart.statusOf(order))
                    .isEqualTo(OrderStatus.SHIPPED));
        });
        new ReliabilityCounts(
                        PENDING + CONFIRMED,
                        toExpire.stream()
                                        .filter(order -> "EXPIRED".equals(afterRestart.failureReasonOf(order)))
                                        .count()
                                + toShip.size(),
                        toExpire.stream()
                                        .mapToLong(order ->
                                                Math.max(0, afterRestart.outboxRows(order, "OrderCancelled") - 1))
                                        .sum()
                                + toShip.stream()
                                        .mapToLong(order ->
                                                Math.max(0, afterRestart.outboxRows(order, "OrderShipped") - 1))
                                        .sum())
                .printAndAssert();
    }

    @AfterEach
    void stop() {
        if (instance != null) {
            instance.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(OrderServiceApplication.class)
                .parent(infrastructure)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("skipTestConfigurations", new SkipTestConfigurations()))
                .run(arguments());
    }

    /** As command-line arguments, which win over application.yml (builder properties are mere defaults). */
    private static String[] arguments() {
        return Arrays.stream(PROPERTIES).map(property -> "--" + property).toArray(String[]::new);
    }

    private static OrderFlow flowOf(ConfigurableApplicationContext instance) {
        return OrderFlow.of(
                instance,
                MockMvcBuilders.webAppContextSetup((WebApplicationContext) instance)
                        .apply(springSecurity())
                        .build());
    }

    /**
     * The application scans all of {@code com.example.shop}, test support included: a context started by hand skips the
     * tests' configurations, as {@code @SpringBootTest}'s own filter does.
     */
    static final class SkipTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
                    || reader.getClassMetadata()
                            .getClassName()
                            .startsWith(OrderJobsRestartIntegrationTests.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestConfigurations;
        }

        @Override
        public int hashCode() {
            return SkipTestConfigurations.class.hashCode();
        }
    }

    /** The database, broker and Redis both instances use. */
    @Configuration(proxyBeanMethods = false)
    @Import({IsolatedInfrastructure.class, IsolatedRedis.class})
    @ImportAutoConfiguration(ServiceConnectionAutoConfiguration.class)
    static class Infrastructure {}
}
