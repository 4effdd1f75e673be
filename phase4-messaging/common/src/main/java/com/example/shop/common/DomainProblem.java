package com.example.shop.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Base class of the exceptions a module throws when a request cannot be served: each one carries the problem details
 * the client receives, so the reason is named where it is known.
 */
public abstract class DomainProblem extends ErrorResponseException {

    protected DomainProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, ProblemTypes.problem(status, slug, title, detail), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
