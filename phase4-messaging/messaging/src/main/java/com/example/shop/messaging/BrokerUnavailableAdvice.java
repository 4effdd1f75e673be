package com.example.shop.messaging;

import com.example.shop.common.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that needs RabbitMQ there and then (re-driving a dead letter) while it cannot be reached: 503 problem
 * details, like any other store that is down. Ordered before the shared advice, whose catch-all would say 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrokerUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(BrokerUnavailableAdvice.class);

    @ExceptionHandler(AmqpException.class)
    ResponseEntity<ProblemDetail> brokerUnavailable(AmqpException ex) {
        log.warn("RabbitMQ unavailable: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ProblemTypes.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        "Service unavailable",
                        "The message broker cannot be reached or did not confirm; try again shortly"));
    }
}
