package com.example.shop.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A Server-Sent Events client, as {@code curl -N} is: every line the stream sends is kept, as it arrives. */
final class EventStream implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<Stream<String>> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(
                () -> {
                    try {
                        response.body().forEach(lines::add);
                    } catch (UncheckedIOException closed) {
                        // the stream was closed: by the test, or by the server
                    }
                },
                "sse-" + response.uri());
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream; returns once the response's status and headers have arrived. */
    static EventStream open(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .GET();
        headers.forEach(request::header);
        try {
            return new EventStream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The server registered this stream: what is published from now on reaches it. */
    boolean connected() {
        return lines.contains(":connected");
    }

    boolean heardHeartbeat() {
        return lines.contains(":heartbeat");
    }

    /** The data of every event received so far (a notification's JSON each). */
    List<String> data() {
        return lines.stream()
                .filter(line -> line.startsWith("data:"))
                .map(line -> line.substring(5))
                .toList();
    }

    /** The ids of every event received so far: the notifications' numbers, for {@code Last-Event-ID}. */
    List<Long> ids() {
        return lines.stream()
                .filter(line -> line.startsWith("id:"))
                .map(line -> Long.parseLong(line.substring(3).trim()))
                .toList();
    }

    boolean received(Object orderId) {
        return data().stream().anyMatch(data -> data.contains(orderId.toString()));
    }

    @Override
    public void close() {
        response.body().close();
    }
}
