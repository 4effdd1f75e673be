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

/**
 * RabbitMQ's management HTTP API for one virtual host: how tests create and delete their virtual host, and look at
 * what the application declared in it (a queue's arguments) without going through the application.
 */
public final class RabbitManagement {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String authorization;
    private final String virtualHost;

    /**
     * @param baseUrl the management API's address, {@code http://host:15672}
     * @param virtualHost the virtual host the test's application uses
     */
    public RabbitManagement(String baseUrl, String username, String password, String virtualHost) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.virtualHost = virtualHost;
    }

    public String virtualHost() {
        return virtualHost;
    }

    /** The queue as the management API describes it (JSON: {@code arguments}, {@code durable}, ...). */
    public String queue(String name) {
        return call("GET", "/api/queues/" + encoded(virtualHost) + "/" + encoded(name), null);
    }

    /** The bindings whose destination is this queue (JSON array: {@code source}, {@code routing_key}, ...). */
    public String bindingsTo(String queue) {
        return call("GET", "/api/queues/" + encoded(virtualHost) + "/" + encoded(queue) + "/bindings", null);
    }

    /** Creates the virtual host empty (deleting what was there) and lets the user configure, write and read it. */
    void recreateVirtualHost(String user) {
        deleteVirtualHost();
        call("PUT", "/api/vhosts/" + encoded(virtualHost), "{}");
        call(
                "PUT",
                "/api/permissions/" + encoded(virtualHost) + "/" + encoded(user),
                "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
    }

    /** Deletes the virtual host with its queues and messages; nothing happens if it does not exist. */
    void deleteVirtualHost() {
        call("DELETE", "/api/vhosts/" + encoded(virtualHost), null);
    }

    private String call(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 300 && !(method.equals("DELETE") && status == 404)) {
                throw new IllegalStateException(method + " " + path + " answered " + status + ": " + response.body());
            }
            return response.body();
        } catch (IOException ex) {
            throw new IllegalStateException(
                    "No RabbitMQ management API at " + baseUrl + " (start RabbitMQ and run "
                            + "`rabbitmq-plugins enable rabbitmq_management`, see .ci/run): " + ex.getMessage(),
                    ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String encoded(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
