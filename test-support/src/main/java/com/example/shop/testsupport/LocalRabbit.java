package com.example.shop.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;

/**
 * The local RabbitMQ (no Docker): each test JVM gets a virtual host of its own, deleted and created anew through the
 * management API, so that every run starts with no queue and no message, as a container would.
 *
 * <p>Server and user: {@code SHOP_TEST_RABBITMQ_HOST} (default {@code 127.0.0.1}), port 5672, management API on
 * 15672 ({@code rabbitmq-plugins enable rabbitmq_management}), user {@code guest}/{@code guest}.
 */
public final class LocalRabbit {

    private static final Map<String, RabbitConnectionDetails> CREATED = new ConcurrentHashMap<>();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalRabbit() {}

    public static RabbitConnectionDetails freshVirtualHost(String requestedName) {
        String name = requestedName.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        return CREATED.computeIfAbsent(name, LocalRabbit::recreate);
    }

    public static String host() {
        return Infrastructure.setting("shop.test.rabbitmq.host", "SHOP_TEST_RABBITMQ_HOST", "127.0.0.1");
    }

    private static RabbitConnectionDetails recreate(String vhost) {
        String path = "/api/vhosts/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8);
        call("DELETE", path, null);
        call("PUT", path, "{}");
        call(
                "PUT",
                "/api/permissions/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8) + "/guest",
                "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
        return new Details(host(), vhost);
    }

    private static void call(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host() + ":15672" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("guest:guest".getBytes()))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            int status =
                    HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300 && !(method.equals("DELETE") && status == 404)) {
                throw new IllegalStateException(method + " " + path + " answered " + status);
            }
        } catch (IOException ex) {
            throw new IllegalStateException(
                    "No Docker and no local RabbitMQ management API at " + host() + ":15672 (start RabbitMQ and run "
                            + "`rabbitmq-plugins enable rabbitmq_management`, see .ci/run): " + ex.getMessage(),
                    ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

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
