package com.example.shop.acceptance.http;

import java.util.ArrayList;
import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an HTTP answer, including the contract's problem details: {@code
 * assertThatResponse(response).isProblem(400, "validation").hasFieldErrorOn("quantity")}. Every failure message shows the
 * whole exchange.
 */
public final class ResponseAssert extends AbstractAssert<ResponseAssert, ApiResponse> {

    public static final String PROBLEM_TYPE_PREFIX = "https://shop.example.com/problems/";
    private static final String PROBLEM_CONTENT_TYPE = "application/problem+json";

    private ResponseAssert(ApiResponse actual) {
        super(actual, ResponseAssert.class);
    }

    public static ResponseAssert assertThatResponse(ApiResponse actual) {
        return new ResponseAssert(actual);
    }

    public ResponseAssert hasStatus(int expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("expected HTTP status %d but was %d:%s", expected, actual.status(), actual);
        }
        return this;
    }

    public ResponseAssert hasHeader(String name) {
        if (actual.header(name).isEmpty()) {
            failWithMessage("expected a %s header:%s", name, actual);
        }
        return this;
    }

    /** RFC 9457 problem details with the contract's stable type, a title, the status and a human detail. */
    public ResponseAssert isProblem(int status, String slug) {
        hasStatus(status);
        if (!actual.contentType().startsWith(PROBLEM_CONTENT_TYPE)) {
            failWithMessage("expected content type %s:%s", PROBLEM_CONTENT_TYPE, actual);
        }
        var problem = actual.json();
        if (!(PROBLEM_TYPE_PREFIX + slug).equals(problem.path("type").asString(null))) {
            failWithMessage("expected problem type %s%s:%s", PROBLEM_TYPE_PREFIX, slug, actual);
        }
        if (problem.path("status").asInt() != status) {
            failWithMessage("expected the problem's status field to be %d:%s", status, actual);
        }
        if (problem.path("title").asString("").isBlank()
                || problem.path("detail").asString("").isBlank()) {
            failWithMessage("expected a problem title and a human detail:%s", actual);
        }
        return this;
    }

    /**
     * A validation problem names the offending field: one of its {@code errors} has a field whose name contains one of
     * the fragments, e.g. "quantity" matches "items[0].quantity".
     */
    public ResponseAssert hasFieldErrorOn(String... fragments) {
        var fields = new ArrayList<String>();
        actual.json()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString("")));
        if (fields.stream().noneMatch(field -> Arrays.stream(fragments).anyMatch(field::contains))) {
            failWithMessage(
                    "expected a field error on %s but the errors were on %s:%s",
                    Arrays.toString(fragments), fields, actual);
        }
        return this;
    }
}
