package com.example.shop.fault;

import com.example.shop.common.DomainProblem;
import org.springframework.http.HttpStatus;

/** What a capability throws while its switch is set to {@code fail}: it stands in for a crashed dependency. */
public class FaultInjectedException extends DomainProblem {

    FaultInjectedException(Capability capability) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                "The " + capability.id() + " capability is failing (fault switch set to fail)");
    }
}
