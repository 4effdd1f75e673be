package com.example.shop.acceptance.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * A small HTTP client over {@link HttpClient}: {@code shop.post(ORDER, "/api/orders").bearer(token).json(body).send()}.
 * It knows nothing about the shop except where each capability lives ({@link ShopUrls}); it never throws on an error
 * status, the journeys assert on every answer.
 */
public final class ShopClient {

    // tok_flaky is retried inside the system before it answers, so allow a generous request timeout
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ShopClient SHARED = new ShopClient(ShopUrls.fromSystemProperties());

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ShopUrls urls;

    private ShopClient(ShopUrls urls) {
        this.urls = urls;
    }

    /** The client for the system under test, configured by system properties (see {@link ShopUrls}). */
    public static ShopClient fromSystemProperties() {
        return SHARED;
    }

    public ShopUrls urls() {
        return urls;
    }

    public Request get(Capability capability, String path) {
        return new Request("GET", urls.resolve(capability, path));
    }

    public Request post(Capability capability, String path) {
        return new Request("POST", urls.resolve(capability, path));
    }

    public Request put(Capability capability, String path) {
        return new Request("PUT", urls.resolve(capability, path));
    }

    public Request delete(Capability capability, String path) {
        return new Request("DELETE", urls.resolve(capability, path));
    }

    public Request request(String method, URI uri) {
        return new Request(method, uri);
    }

    /** One request being built; {@link #send()} performs it. */
    public final class Request {

        private final String method;
        private final URI uri;
        private final HttpRequest.Builder builder;
        private String body = "";

        private Request(String method, URI uri) {
            this.method = method;
            this.uri = uri;
            this.builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        }

        public Request bearer(String accessToken) {
            return header("Authorization", "Bearer " + accessToken);
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Request json(Object value) {
            return body("application/json", Json.write(value));
        }

        public Request body(String contentType, String raw) {
            builder.header("Content-Type", contentType);
            this.body = raw;
            return this;
        }

        public ApiResponse send() {
            var publisher = body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
            try {
                var response = http.send(builder.method(method, publisher).build(), BodyHandlers.ofString());
                return new ApiResponse(method, uri, body, response.statusCode(), response.headers(), response.body());
            } catch (HttpTimeoutException e) {
                throw new UncheckedIOException(method + " " + uri + ": no answer within " + REQUEST_TIMEOUT, e);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + uri + " failed (is the shop running?)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + uri + " was interrupted", e);
            }
        }
    }
}
