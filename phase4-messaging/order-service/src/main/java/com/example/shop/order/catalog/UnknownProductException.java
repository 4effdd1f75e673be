package com.example.shop.order.catalog;

import com.example.shop.common.DomainProblem;
import java.util.Collection;
import org.springframework.http.HttpStatus;

/** The request is well-formed but names products the catalog does not have: 422, nothing reserved or charged. */
class UnknownProductException extends DomainProblem {

    UnknownProductException(Collection<Long> productIds) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unknown-product",
                "Unknown product",
                "No product with id " + productIds + " exists");
        getBody().setProperty("productIds", productIds);
    }
}
