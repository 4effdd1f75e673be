package com.example.shop.acceptance.steps;

import static com.example.shop.acceptance.http.Capability.ORDER;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;

import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.http.ShopClient;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Phases 4+: the messages that failed every attempt, as an ADMIN sees them through the gateway. */
public final class DeadLetterSteps {

    private final ShopClient shop;
    private final AdminSteps admin;

    public DeadLetterSteps(ShopClient shop, AdminSteps admin) {
        this.shop = shop;
        this.admin = admin;
    }

    public ApiResponse list(String accessToken) {
        return shop.get(ORDER, "/api/admin/dead-letters").bearer(accessToken).send();
    }

    /** The dead letters whose payload is about this order. */
    public List<JsonNode> of(UUID orderId) {
        var response = list(admin.accessToken());
        assertThatResponse(response).hasStatus(200);
        return response.json()
                .valueStream()
                .filter(letter -> letter.path("payload").asString().contains(orderId.toString()))
                .toList();
    }

    public ApiResponse redrive(String id) {
        return shop.post(ORDER, "/api/admin/dead-letters/" + id + "/redrive")
                .bearer(admin.accessToken())
                .send();
    }
}
