package com.example.shop.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Input that passed bean validation but breaks a rule only the code can check; answered like a validation error. */
public class InvalidRequestException extends DomainProblem {

    public InvalidRequestException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", field + ": " + message);
        getBody().setProperty("errors", List.of(new FieldProblem(field, message)));
    }

    /** One offending field of a request, as listed in a validation problem. */
    public record FieldProblem(String field, String message) {}
}
