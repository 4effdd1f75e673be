package com.example.shop.gateway.composition;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/admin/faults} lists every switch, as in phase 1, although each service owns its own since phase 2:
 * the gateway asks the four owners and joins their lists. One switch each is changed through a plain route
 * ({@code PUT /api/admin/faults/{capability}}, see application.yml). A refusal (401, 403) is passed on as it is; an
 * owner that cannot answer is left out of the list.
 */
@RestController
class FaultSwitchesController {

    private static final List<String> OWNERS =
            List.of("product-service", "inventory-service", "payment-service", "notification-service");

    private final Downstream downstream;

    FaultSwitchesController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/api/admin/faults")
    Mono<ResponseEntity<?>> all(ServerWebExchange exchange) {
        return Flux.fromIterable(OWNERS)
                .flatMapSequential(owner -> downstream
                        .get("http://" + owner + "/api/admin/faults", exchange)
                        .onErrorResume(failure -> Mono.empty()))
                .collectList()
                .map(FaultSwitchesController::joined);
    }

    private static ResponseEntity<?> joined(List<ResponseEntity<JsonNode>> answers) {
        for (ResponseEntity<JsonNode> answer : answers) {
            if (answer.getStatusCode().is4xxClientError()) {
                return answer;
            }
        }
        return ResponseEntity.ok(answers.stream()
                .filter(answer -> answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null)
                .flatMap(answer -> answer.getBody().valueStream())
                .toList());
    }
}
