package com.example.shop.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The services behind the gateway, as far as a gateway test needs them: a real HTTP server (the JDK's) that answers
 * fixed JSON per path and remembers what reached it, so a test can tell what the gateway forwarded and what it
 * stopped. Each test class starts its own on a free port.
 */
final class FakeServices implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Answer> answersToToken = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<String>> streams = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    FakeServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        answers.put("/actuator/health/readiness", new Answer(200, "{\"status\":\"UP\"}", Duration.ZERO));
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool()); // slow answers must not hold up the others
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeServices answer(String pathAndQuery, int status, String json) {
        return answerAfter(Duration.ZERO, pathAndQuery, status, json);
    }

    /** Answers {@code pathAndQuery} only after {@code delay}, like a busy service. */
    FakeServices answerAfter(Duration delay, String pathAndQuery, int status, String json) {
        answers.put(pathAndQuery, new Answer(status, json, delay));
        return this;
    }

    /** Answers {@code pathAndQuery} so to a caller with this bearer token (a service decides by who asks). */
    FakeServices answerTo(String token, String pathAndQuery, int status, String json) {
        answersToToken.put("Bearer " + token + " " + pathAndQuery, new Answer(status, json, Duration.ZERO));
        return this;
    }

    /**
     * Answers {@code path} with a Server-Sent Events stream that writes each chunk put in {@code chunks} as it comes,
     * and ends at {@link #END_OF_STREAM}.
     */
    FakeServices stream(String path, BlockingQueue<String> chunks) {
        streams.put(path, chunks);
        return this;
    }

    static final String END_OF_STREAM = "<end>";

    List<Received> received() {
        return List.copyOf(received);
    }

    void forget() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        if (!target.startsWith("/actuator/health")) { // the load balancer's health checks are not requests
            received.add(new Received(
                    exchange.getRequestMethod(),
                    target,
                    exchange.getRequestHeaders().getFirst("Authorization")));
        }
        if (streams.containsKey(target)) {
            stream(exchange, streams.get(target));
            return;
        }
        Answer answer = answersToToken.getOrDefault(
                exchange.getRequestHeaders().getFirst("Authorization") + " " + target,
                answers.getOrDefault(target, new Answer(404, "{\"status\":404}", Duration.ZERO)));
        try (var requestBody = exchange.getRequestBody()) {
            requestBody.transferTo(
                    OutputStream.nullOutputStream()); // as a real service reads the request, then answers
        } catch (IOException cutOff) {
            // the gateway stopped sending the body (a request over its size limit): nothing to answer
            exchange.close();
            return;
        }
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", answer.status() < 400 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void stream(HttpExchange exchange, BlockingQueue<String> chunks) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0); // chunked: the length is not known
        try (OutputStream body = exchange.getResponseBody()) {
            // as the real service does: a first comment, so that the status and headers leave at once
            body.write(":connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            for (String chunk = chunks.take(); !chunk.equals(END_OF_STREAM); chunk = chunks.take()) {
                body.write(chunk.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the gateway closed the stream
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    record Answer(int status, String json, Duration delay) {}

    record Received(String method, String target, String authorization) {}
}
