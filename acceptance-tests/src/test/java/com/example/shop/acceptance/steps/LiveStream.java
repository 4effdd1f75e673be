package com.example.shop.acceptance.steps;

import static com.example.shop.acceptance.http.Capability.NOTIFICATION;

import com.example.shop.acceptance.http.ShopClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Phases 4+: a customer's live notifications ({@code GET /api/notifications/stream}, Server-Sent Events), read as
 * curl -N reads them: every {@code data:} line of a {@code notification} event is kept, in the order it arrived.
 */
public final class LiveStream implements AutoCloseable {

    private final HttpResponse<InputStream> response;
    private final List<String> notifications = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private LiveStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "live-stream");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** With a bearer token, as curl would. */
    public static LiveStream open(ShopClient shop, String accessToken) {
        return open(shop.urls().resolve(NOTIFICATION, "/api/notifications/stream"), accessToken);
    }

    /** With a ticket in the URL, as a browser's EventSource must. */
    public static LiveStream withTicket(ShopClient shop, String ticket) {
        return open(shop.urls().resolve(NOTIFICATION, "/api/notifications/stream?ticket=" + ticket), null);
    }

    /** The status the stream was answered with, for a refusal. */
    public static int statusWithTicket(ShopClient shop, String ticket) {
        try (LiveStream stream = withTicket(shop, ticket)) {
            return stream.status();
        }
    }

    private static LiveStream open(URI uri, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .GET();
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            return new LiveStream(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException ex) {
            throw new IllegalStateException("Cannot open the stream " + uri, ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public int status() {
        return response.statusCode();
    }

    /** The data of every notification received so far (JSON, one per event). */
    public List<String> notifications() {
        return List.copyOf(notifications);
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:") && "notification".equals(event)) {
                    notifications.add(line.substring("data:".length()).trim());
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        } catch (IOException closed) {
            // the stream was closed: by close(), or by the server
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing a stream that is gone already
        }
    }
}
