package com.example.shop.order;

import com.example.shop.common.DomainProblem;
import java.util.UUID;
import org.springframework.http.HttpStatus;

class OrderNotCancellableException extends DomainProblem {

    OrderNotCancellableException(UUID orderId, OrderStatus status) {
        super(
                HttpStatus.CONFLICT,
                "order-not-cancellable",
                "Order cannot be cancelled",
                "Order " + orderId + " is " + status + " and can no longer be cancelled");
    }
}
