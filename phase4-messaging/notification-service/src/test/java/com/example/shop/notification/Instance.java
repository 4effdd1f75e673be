package com.example.shop.notification;

import com.example.shop.testsupport.PostgresTestConfiguration;
import com.example.shop.testsupport.RabbitTestConfiguration;
import com.example.shop.testsupport.RedisTestConfiguration;
import java.net.URI;
import java.util.Map;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One notification-service instance, started in the test JVM on a port of its own, as a second replica would run
 * beside the first: the same PostgreSQL database, RabbitMQ virtual host and Redis (the first instance's connection
 * details, whether they are containers or the local services).
 */
final class Instance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Instance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The first instance, on the test infrastructure (test-support). */
    static Instance first(Map<String, Object> properties) {
        return new Instance(builder()
                .sources(PostgresTestConfiguration.class, RabbitTestConfiguration.class, RedisTestConfiguration.class)
                .run(arguments(properties)));
    }

    /** Another instance on the same database, virtual host and Redis as this one. */
    Instance another(Map<String, Object> properties) {
        JdbcConnectionDetails database = bean(JdbcConnectionDetails.class);
        RabbitConnectionDetails broker = bean(RabbitConnectionDetails.class);
        DataRedisConnectionDetails redis = bean(DataRedisConnectionDetails.class);
        return new Instance(builder()
                .initializers(started -> {
                    started.getBeanFactory().registerSingleton("sharedDatabase", database);
                    started.getBeanFactory().registerSingleton("sharedBroker", broker);
                    started.getBeanFactory().registerSingleton("sharedRedis", redis);
                })
                .run(arguments(properties)));
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(NotificationServiceApplication.class, TestTokens.Verification.class)
                .initializers(started ->
                        started.getBeanFactory().registerSingleton("testClassesExcluded", new TestClassesExcluded()));
    }

    /** As command-line arguments: they win over application.yml, as the launcher's environment does. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Stops (or starts again) this instance's consumer of order events: then only the other instance hears them. */
    void hearOrderEvents(boolean hear) {
        var container = bean(RabbitListenerEndpointRegistry.class).getListenerContainer("notification-events");
        if (hear) {
            container.start();
        } else {
            container.stop();
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * What {@code @SpringBootTest} leaves out of component scanning, for an application started without it: test
     * classes, the configurations nested in them, and test configurations.
     */
    static final class TestClassesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            String name = reader.getClassMetadata().getClassName();
            return name.contains("Tests")
                    || reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return TestClassesExcluded.class.hashCode();
        }
    }
}
