package com.example.shop.order.catalog;

import com.example.shop.common.DomainProblem;
import java.util.Collection;
import org.springframework.http.HttpStatus;

/**
 * The copy does not know a product, and product-service cannot be asked: whether it exists cannot be told. Not the
 * customer's fault, and worth a retry: 503.
 */
class CatalogUnavailableException extends DomainProblem {

    CatalogUnavailableException(Collection<Long> productIds) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                "Products " + productIds + " are not known here yet and product-service cannot be asked; try again");
    }
}
