package com.example.shop.gateway;

import java.util.List;
import java.util.Map;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Swagger UI for the whole API, at the gateway's {@code /swagger-ui.html}: each service's OpenAPI document is
 * fetched through the gateway ({@code /openapi/<service>}, a route of {@link ShopRoutes}) and listed under
 * {@code springdoc.swagger-ui.urls}. A service describes itself with its own address as the server; the documents are
 * rewritten here so that "Try it out" sends requests to the gateway that served them, the one entry a client may use.
 */
final class ApiDocs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A relative server URL: resolved by Swagger UI against the address the document came from, the gateway's. */
    private static final List<Map<String, String>> THE_GATEWAY =
            List.of(Map.of("url", "/", "description", "the gateway: the one entry to the shop"));

    private ApiDocs() {}

    static Mono<String> servedByTheGateway(ServerWebExchange exchange, String document) {
        if (document == null || document.isBlank()) {
            return Mono.justOrEmpty(document);
        }
        JsonNode parsed = JSON.readTree(document);
        if (!(parsed instanceof ObjectNode openApi)) {
            return Mono.just(document);
        }
        openApi.set("servers", JSON.valueToTree(THE_GATEWAY));
        return Mono.just(JSON.writeValueAsString(openApi));
    }
}
