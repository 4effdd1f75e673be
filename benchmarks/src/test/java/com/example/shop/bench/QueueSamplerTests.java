package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.bench.result.BenchmarkResult.QueueDepths;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue sampler against the local RabbitMQ's management API (as CI runs it: .ci/run enables the plugin), in a
 * virtual host of its own holding two queues with messages published through that same API.
 */
class QueueSamplerTests {

    private static final String MANAGEMENT = System.getProperty("bench.rabbitmq.management", "http://localhost:15672");
    private static final String VHOST = "bench-queue-sampler";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    void aVirtualHostWithTwoQueues() {
        call("DELETE", "/api/vhosts/" + VHOST, null);
        call("PUT", "/api/vhosts/" + VHOST, "{}");
        call("PUT", "/api/permissions/" + VHOST + "/guest", "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
        call("PUT", "/api/queues/" + VHOST + "/orders", "{\"durable\":false}");
        call("PUT", "/api/queues/" + VHOST + "/e-mails", "{\"durable\":false}");
    }

    @AfterEach
    void deleteTheVirtualHost() {
        call("DELETE", "/api/vhosts/" + VHOST, null);
    }

    @Test
    void recordsTheMostMessagesTheQueuesHeldAndTheDeepestQueue() throws InterruptedException {
        publish("orders", 3);
        publish("e-mails", 1);
        try (var sampler =
                new QueueSampler(URI.create(MANAGEMENT.replace("://", "://guest:guest@") + "/api/queues/" + VHOST))) {
            sampler.start();
            sampler.reset();

            // the management API refreshes its figures every 5 s: wait for the published messages to show
            QueueDepths depths = sampler.window();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (depths.peakMessages() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                depths = sampler.window();
            }

            assertThat(depths).isEqualTo(new QueueDepths(4, "orders", 3, 4L));
            assertThat(sampler.awaitEmpty(Duration.ofSeconds(1)))
                    .as("still holding 4")
                    .isFalse();

            call("DELETE", "/api/queues/" + VHOST + "/orders/contents", null);
            call("DELETE", "/api/queues/" + VHOST + "/e-mails/contents", null);
            assertThat(sampler.awaitEmpty(Duration.ofSeconds(20))).as("purged").isTrue();

            sampler.reset();
            assertThat(sampler.window()).isEqualTo(new QueueDepths(0, null, 0, 0L));
        }
    }

    @Test
    void failsAtTheStartWhenTheManagementApiDoesNotAnswer() {
        try (var sampler = new QueueSampler(URI.create("http://guest:guest@127.0.0.1:9/api/queues/%2F"))) {
            assertThatThrownBy(sampler::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("management API does not answer");
        }
    }

    @Test
    void countsAQueueWhoseFiguresAreNotCollectedYetAsEmpty() {
        assertThat(QueueSampler.parse("[{\"name\":\"a\",\"messages\":7},{\"name\":\"b\"}]"))
                .containsExactly(java.util.Map.entry("a", 7L), java.util.Map.entry("b", 0L));
    }

    private static void publish(String queue, int messages) {
        for (int i = 0; i < messages; i++) {
            var answer = call(
                    "POST",
                    "/api/exchanges/" + VHOST + "/amq.default/publish",
                    "{\"properties\":{},\"routing_key\":\"" + queue + "\",\"payload\":\"m" + i
                            + "\",\"payload_encoding\":\"string\"}");
            assertThat(answer).contains("\"routed\":true");
        }
    }

    private static String call(String method, String path, String body) {
        var request = HttpRequest.newBuilder(URI.create(MANAGEMENT + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("guest:guest".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body() + " (is the management plugin on? see .ci/run)");
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("RabbitMQ's management API at " + MANAGEMENT + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
