package com.example.shop.bench.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls the set-up work makes (seeding, logging in, orders to look up), outside Gatling: none of them is
 * measured, so a plain blocking client keeps them easy to read. Any unexpected answer stops the benchmark.
 */
public final class ShopApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ShopUrls urls;

    public ShopApi(ShopUrls urls) {
        this.urls = urls;
    }

    /** Returns the bearer token. */
    public String login(String email, String password) {
        var body = Map.of("email", email, "password", password);
        return send("POST", urls.user() + "/api/auth/login", null, body, 200)
                .get("accessToken")
                .asString();
    }

    public void register(String email, String password, String fullName) {
        send(
                "POST",
                urls.user() + "/api/users",
                null,
                Map.of("email", email, "password", password, "fullName", fullName),
                201);
    }

    /** Returns the new product's id. */
    public long createProduct(String adminToken, String sku, String name, String price) {
        var body = Map.of(
                "sku",
                sku,
                "name",
                name,
                "description",
                "Seeded for the benchmark",
                "price",
                Map.of("amount", price, "currency", "EUR"));
        return send("POST", urls.product() + "/api/products", adminToken, body, 201)
                .get("id")
                .asLong();
    }

    public void restock(String adminToken, long productId, int available) {
        send("PUT", urls.inventory() + "/api/inventory/" + productId, adminToken, Map.of("available", available), 200);
    }

    /** Places an order of one item paid cash on delivery; returns the order's id. */
    public String placeOrder(String token, long productId) {
        var body = Map.of(
                "items", List.of(Map.of("productId", productId, "quantity", 1)),
                "payment", Map.of("method", "COD"));
        var order = sendExpecting("POST", urls.order() + "/api/orders", token, body, 201, 202);
        return order.get("id").asString();
    }

    /** The number of pages of the catalog at the given page size. */
    public int catalogPages(int pageSize) {
        return send("GET", urls.product() + "/api/products?page=0&size=" + pageSize, null, null, 200)
                .get("page")
                .get("totalPages")
                .asInt();
    }

    private JsonNode send(String method, String url, String token, Object body, int expectedStatus) {
        return sendExpecting(method, url, token, body, expectedStatus, expectedStatus);
    }

    private JsonNode sendExpecting(String method, String url, String token, Object body, int expected, int orElse) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : jsonBody(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            if (response.statusCode() != expected && response.statusCode() != orElse) {
                throw new IllegalStateException("%s %s answered %d (expected %d): %s"
                        .formatted(method, url, response.statusCode(), expected, response.body()));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed: is the phase running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + url, e);
        }
    }

    private static HttpRequest.BodyPublisher jsonBody(Object body) {
        return BodyPublishers.ofString(JSON.writeValueAsString(body));
    }
}
