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
 * owner that cannot answer (down, or slower than {@code shop.composition.timeout}) is left out of the list, and named
 * in the {@value #UNAVAILABLE} header, so a partial list never passes for the whole one. The body stays the list the
 * contract promises.
 */
@RestController
class FaultSwitchesController {

    private static final List<String> OWNERS =
            List.of("product-service", "inventory-service", "payment-service", "notification-service");

    static final String UNAVAILABLE = "Shop-Unavailable";

    private final Downstream downstream;

    FaultSwitchesController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/api/admin/faults")
    Mono<ResponseEntity<?>> all(ServerWebExchange exchange) {
        return Flux.fromIterable(OWNERS)
                .flatMapSequential(owner -> downstream
                        .get("http://" + owner + "/api/admin/faults", exchange)
                        .map(answer -> new Answer(owner, answer))
                        .onErrorResume(failure -> Mono.just(new Answer(owner, null))))
                .collectList()
                .map(FaultSwitchesController::joined);
    }

    private static ResponseEntity<?> joined(List<Answer> answers) {
        for (Answer answer : answers) {
            if (answer.entity() != null && answer.entity().getStatusCode().is4xxClientError()) {
                return answer.entity();
            }
        }
        List<String> unavailable = answers.stream()
                .filter(answer -> !answer.listed())
                .map(Answer::owner)
                .toList();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (!unavailable.isEmpty()) {
            ok.header(UNAVAILABLE, String.join(", ", unavailable));
        }
        return ok.body(answers.stream()
                .filter(Answer::listed)
                .flatMap(answer -> answer.entity().getBody().valueStream())
                .toList());
    }

    /** One owner's answer; {@code entity} is null when it could not answer at all. */
    private record Answer(String owner, ResponseEntity<JsonNode> entity) {

        boolean listed() {
            return entity != null && entity.getStatusCode().is2xxSuccessful() && entity.getBody() != null;
        }
    }
}
