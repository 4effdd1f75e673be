package com.example.shop.acceptance.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP exchange as the journeys see it. Its {@link #toString()} is the request and the answer, so that a failing
 * assertion tells what was sent and what came back.
 */
public record ApiResponse(String method, URI uri, String requestBody, int status, HttpHeaders headers, String body) {

    private static final int MAX_SHOWN = 2_000;

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public JsonNode json() {
        try {
            return Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new AssertionError("response body is not JSON: " + this, e);
        }
    }

    public <T> T as(Class<T> type) {
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw new AssertionError("response body is not a " + type.getSimpleName() + ": " + this, e);
        }
    }

    public <T> List<T> asListOf(Class<T> elementType) {
        try {
            var listType = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, elementType);
            return Json.MAPPER.readValue(body, listType);
        } catch (JacksonException e) {
            throw new AssertionError("response body is not a list of " + elementType.getSimpleName() + ": " + this, e);
        }
    }

    public <T> T asGeneric(Class<?> type, Class<?> parameter) {
        try {
            return Json.MAPPER.readValue(body, Json.MAPPER.getTypeFactory().constructParametricType(type, parameter));
        } catch (JacksonException e) {
            throw new AssertionError("response body is not a " + type.getSimpleName() + ": " + this, e);
        }
    }

    @Override
    public String toString() {
        var request = requestBody == null || requestBody.isEmpty() ? "" : " " + shorten(requestBody);
        return "%n  %s %s%s%n  -> %d %s%n  %s%n".formatted(method, uri, request, status, contentType(), shorten(body));
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "... (" + text.length() + " chars)";
    }
}
