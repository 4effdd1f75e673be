package com.example.shop.gateway.composition;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One list made of every owner's list: each owner (a service) is asked at the same path, and their answers are joined
 * in the order of the owners. An owner that cannot answer is left out and named in the {@value #UNAVAILABLE} header:
 * a partial answer that says it is partial. A refusal (401, 403) from any owner is passed on as it is.
 */
@Component
class Gathered {

    static final String UNAVAILABLE = "Shop-Unavailable";

    private final Downstream downstream;

    Gathered(Downstream downstream) {
        this.downstream = downstream;
    }

    Mono<ResponseEntity<?>> lists(List<String> owners, String path, ServerWebExchange exchange) {
        return Flux.fromIterable(owners)
                .flatMapSequential(owner -> downstream
                        .get("http://" + owner + path, exchange)
                        .map(answer -> new Answer(owner, answer))
                        .onErrorResume(failure -> Mono.just(new Answer(owner, null))))
                .collectList()
                .map(Gathered::joined);
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
