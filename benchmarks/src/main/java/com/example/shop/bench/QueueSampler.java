package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult.QueueDepths;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Once a second, how many messages each of RabbitMQ's queues holds (ready or delivered and not yet acknowledged), read
 * from its management API. A window collects the readings from {@link #reset()} on: the most messages the queues held
 * together, the queue that held the most, and the latest total. The management API refreshes its figures every five
 * seconds ({@code collect_statistics_interval}), so a backlog that lives for less than that may go unseen: the depths
 * show a queue that grows, not every burst.
 */
final class QueueSampler implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest request;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "queue-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private long peakMessages;
    private String deepestQueue;
    private long deepestQueueMessages;
    private Long lastTotal;
    private String lastError;

    /**
     * @param queues the management API's list of queues, e.g. {@code http://guest:guest@localhost:15672/api/queues/%2F};
     *     the user and password in the URL, if any, are sent as basic authentication
     */
    QueueSampler(URI queues) {
        var builder = HttpRequest.newBuilder(withoutUserInfo(queues, "columns=name,messages"))
                .timeout(Duration.ofSeconds(3))
                .header("Accept", "application/json");
        if (queues.getRawUserInfo() != null) {
            var userInfo = URLDecoder.decode(queues.getRawUserInfo(), StandardCharsets.UTF_8);
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        }
        this.request = builder.build();
    }

    /** Reads once, so that a wrong address fails the benchmark at its start, then once a second. */
    void start() {
        var first = read();
        if (first == null) {
            throw new IllegalStateException(
                    "RabbitMQ's management API does not answer at " + request.uri() + ": " + lastError);
        }
        timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts a new window. */
    synchronized void reset() {
        peakMessages = 0;
        deepestQueue = null;
        deepestQueueMessages = 0;
        lastTotal = null;
    }

    /** The window so far, closed with one more reading. */
    QueueDepths window() {
        sample();
        synchronized (this) {
            return new QueueDepths(peakMessages, deepestQueue, deepestQueueMessages, lastTotal);
        }
    }

    /**
     * Waits until the queues hold nothing, read after read, for at most {@code limit}: the backlog of one probe must not
     * be the load of the next. Returns whether they emptied.
     */
    boolean awaitEmpty(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            var depths = read();
            if (depths != null
                    && depths.values().stream().mapToLong(Long::longValue).sum() == 0) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private void sample() {
        var depths = read();
        if (depths == null) {
            return; // a missed reading is a gap in the figures, not a failed benchmark
        }
        synchronized (this) {
            long total = 0;
            for (var queue : depths.entrySet()) {
                total += queue.getValue();
                if (queue.getValue() > deepestQueueMessages) {
                    deepestQueueMessages = queue.getValue();
                    deepestQueue = queue.getKey();
                }
            }
            peakMessages = Math.max(peakMessages, total);
            lastTotal = total;
        }
    }

    /** Messages by queue; null when the API did not answer (the reason in {@link #lastError}). */
    private Map<String, Long> read() {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                lastError = "HTTP " + response.statusCode();
                return null;
            }
            return parse(response.body());
        } catch (IOException e) {
            lastError = e.toString();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The API's array of queues; a queue whose figures are not collected yet has no "messages" and counts 0. */
    static Map<String, Long> parse(String body) {
        Map<String, Long> depths = new LinkedHashMap<>();
        for (JsonNode queue : JSON.readTree(body)) {
            depths.put(queue.path("name").asString(), queue.path("messages").asLong(0));
        }
        return depths;
    }

    private static URI withoutUserInfo(URI uri, String query) {
        return URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + uri.getRawPath() + "?" + query);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
