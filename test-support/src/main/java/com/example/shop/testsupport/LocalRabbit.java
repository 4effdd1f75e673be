package com.example.shop.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;

/**
 * The local RabbitMQ (no Docker): each test context gets a virtual host of its own, deleted and created anew through
 * the management API, so that every run starts with no queue and no message, as a container would; it is deleted
 * again when the last context using it closes ({@link #releaseVirtualHost}).
 *
 * <p>Server and user: {@code SHOP_TEST_RABBITMQ_HOST} (default {@code 127.0.0.1}), port 5672, management API on
 * 15672 ({@code rabbitmq-plugins enable rabbitmq_management}), user {@code guest}/{@code guest}.
 */
public final class LocalRabbit {

    private static final Map<String, Users> CREATED = new ConcurrentHashMap<>();

    private LocalRabbit() {}

    /** The virtual host of this name, created empty for its first user in this JVM. */
    public static RabbitConnectionDetails freshVirtualHost(String requestedName) {
        return CREATED.compute(virtualHostName(requestedName), (name, users) -> {
                    if (users == null) {
                        management(name).recreateVirtualHost("guest");
                        return new Users(new Details(host(), name), 1);
                    }
                    return new Users(users.details(), users.count() + 1);
                })
                .details();
    }

    /**
     * One user of the virtual host is done with it (its application context closed); the last one deletes it, with
     * everything in it.
     */
    public static void releaseVirtualHost(String requestedName) {
        CREATED.computeIfPresent(virtualHostName(requestedName), (name, users) -> {
            if (users.count() > 1) {
                return new Users(users.details(), users.count() - 1);
            }
            management(name).deleteVirtualHost();
            return null;
        });
    }

    /** The management API of the virtual host {@link #freshVirtualHost} creates for this name. */
    public static RabbitManagement management(String requestedName) {
        return new RabbitManagement("http://" + host() + ":15672", "guest", "guest", virtualHostName(requestedName));
    }

    public static String host() {
        return Infrastructure.setting("shop.test.rabbitmq.host", "SHOP_TEST_RABBITMQ_HOST", "127.0.0.1");
    }

    private static String virtualHostName(String requestedName) {
        return requestedName.toLowerCase().replaceAll("[^a-z0-9_]", "_");
    }

    private record Users(RabbitConnectionDetails details, int count) {}

    private record Details(String host, String virtualHost) implements RabbitConnectionDetails {

        @Override
        public String getUsername() {
            return "guest";
        }

        @Override
        public String getPassword() {
            return "guest";
        }

        @Override
        public String getVirtualHost() {
            return virtualHost;
        }

        @Override
        public List<Address> getAddresses() {
            return List.of(new Address(host, 5672));
        }
    }
}
