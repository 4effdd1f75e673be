package com.example.shop.gateway.composition;

import com.example.shop.gateway.problem.Problems;
import java.util.List;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The fault switches through the gateway. {@code GET /api/admin/faults} lists every switch, as in phase 1, although
 * each service owns its own since phase 2: the gateway asks the four owners and joins their lists ({@link Gathered}).
 * An owner that cannot answer is left out of the list and named in the {@value Gathered#UNAVAILABLE} header.
 *
 * <p>{@code PUT /api/admin/faults/{capability}} sets one switch on <em>every</em> instance of its owner. A switch is
 * held in each instance's memory, so a request balanced to one instance would break a capability only now and then
 * (with two notification-service instances, half the orders' notifications would still go out, and the list would
 * show whichever instance answered). The caller's token goes along, so each instance still decides who may flip it.
 * The answer is the setting when every instance took it; an instance that could not be reached makes it a 503 that
 * names the instances, since a switch set on some of them is not the switch the admin asked for.
 */
@RestController
class FaultSwitchesController {

    /** The owner of each switch, in the order phase 1 listed them; switch {@code x} is owned by {@code x-service}. */
    private static final List<String> OWNERS =
            List.of("product-service", "inventory-service", "payment-service", "notification-service");

    private final Gathered gathered;
    private final ReactiveDiscoveryClient discovery;
    private final WebClient direct = WebClient.create(); // each instance by its own address, no load balancer
    private final CompositionProperties properties;

    FaultSwitchesController(Gathered gathered, ReactiveDiscoveryClient discovery, CompositionProperties properties) {
        this.gathered = gathered;
        this.discovery = discovery;
        this.properties = properties;
    }

    @GetMapping("/api/admin/faults")
    Mono<ResponseEntity<?>> all(ServerWebExchange exchange) {
        return gathered.lists(OWNERS, "/api/admin/faults", exchange);
    }

    @PutMapping("/api/admin/faults/{capability}")
    Mono<ResponseEntity<?>> set(
            @PathVariable String capability, @RequestBody String setting, ServerWebExchange exchange) {
        String owner = capability + "-service";
        if (!OWNERS.contains(owner)) {
            return Mono.just(problem(
                    HttpStatus.NOT_FOUND, "not-found", "There is no fault switch named " + capability, exchange));
        }
        return discovery.getInstances(owner).collectList().flatMap(instances -> {
            if (instances.isEmpty()) {
                return Mono.just(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        "No instance of " + owner + " is known: the switch was not set",
                        exchange));
            }
            return Flux.fromIterable(instances)
                    .flatMap(instance -> put(instance, capability, setting, exchange))
                    .collectList()
                    .map(answers -> joined(owner, answers, exchange));
        });
    }

    private Mono<Answer> put(ServiceInstance instance, String capability, String setting, ServerWebExchange caller) {
        return direct.put()
                .uri(instance.getUri().resolve("/api/admin/faults/" + capability))
                .contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    String authorization = caller.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .bodyValue(setting)
                .exchangeToMono(response -> response.toEntity(JsonNode.class))
                .timeout(properties.timeout())
                .map(entity -> new Answer(instance, entity))
                .onErrorResume(unreachable -> Mono.just(new Answer(instance, null)));
    }

    private static ResponseEntity<?> joined(String owner, List<Answer> answers, ServerWebExchange exchange) {
        for (Answer answer : answers) {
            if (answer.entity() != null && answer.entity().getStatusCode().is4xxClientError()) {
                return answer.entity(); // refused (401, 403, 400): every instance would say the same
            }
        }
        List<String> missed = answers.stream()
                .filter(answer -> answer.entity() == null
                        || !answer.entity().getStatusCode().is2xxSuccessful())
                .map(answer -> answer.instance().getUri().toString())
                .toList();
        if (!missed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(Gathered.UNAVAILABLE, String.join(", ", missed))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problemBody(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "service-unavailable",
                            "The switch could not be set on every instance of " + owner + ": " + missed
                                    + " did not take it; set it again",
                            exchange));
        }
        return answers.get(0).entity();
    }

    private static ResponseEntity<?> problem(
            HttpStatus status, String slug, String detail, ServerWebExchange exchange) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemBody(status, slug, detail, exchange));
    }

    private static byte[] problemBody(HttpStatus status, String slug, String detail, ServerWebExchange exchange) {
        return Problems.body(Problems.problem(status, slug, detail), exchange);
    }

    /** One instance's answer; {@code entity} is null when it could not answer at all. */
    private record Answer(ServiceInstance instance, ResponseEntity<JsonNode> entity) {}
}
