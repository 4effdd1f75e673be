package com.example.shop.gateway.problem;

import com.example.shop.common.ProblemTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for the answers the gateway gives itself (401, 403, 404, 413, 429, 503). The types are the
 * services' own ({@link ProblemTypes}, shared through common-core), so a client cannot tell whether the gateway or a
 * service refused it.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    public static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        return ProblemTypes.problem(status, slug, status.getReasonPhrase(), detail);
    }

    /** Writes {@code problem} as the whole response, with the path the client asked for as its {@code instance}. */
    public static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(bytes(problem, OriginalPath.of(exchange)));
        return response.writeWith(Mono.just(body));
    }

    /** {@code problem} as the JSON body of an answer built elsewhere, with the client's path as its {@code instance}. */
    public static byte[] body(ProblemDetail problem, ServerWebExchange exchange) {
        return bytes(problem, OriginalPath.of(exchange));
    }

    static byte[] bytes(ProblemDetail problem, String instance) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", problem.getType().toString());
        fields.put("title", problem.getTitle());
        fields.put("status", problem.getStatus());
        fields.put("detail", problem.getDetail());
        fields.put("instance", instance);
        if (problem.getProperties() != null) {
            fields.putAll(problem.getProperties());
        }
        return JSON.writeValueAsBytes(fields);
    }
}
