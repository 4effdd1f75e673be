package com.example.shop.order.client;

import com.example.shop.common.DomainProblem;
import org.springframework.http.HttpStatus;

/**
 * A neighbouring service did not give a usable answer: it refused the connection, did not answer within the read
 * timeout or the call's time limit, answered with a 5xx, or failed so often lately that its circuit breaker is open.
 * The caller gets 503, as in phase 1 when a module's fault switch was set to fail.
 */
public class ServiceUnavailableException extends DomainProblem {

    ServiceUnavailableException(String service, String what) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                service + " is not available (" + what + "); please try again later");
    }
}
