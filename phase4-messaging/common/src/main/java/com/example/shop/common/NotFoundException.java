package com.example.shop.common;

import org.springframework.http.HttpStatus;

/** A resource that does not exist, or that the caller may not know exists. */
public class NotFoundException extends DomainProblem {

    public NotFoundException(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " " + id + " was not found");
    }
}
