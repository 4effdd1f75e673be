package com.example.shop.order.client;

/**
 * The request never reached the neighbour: the connection was refused or timed out, or the load balancer knew no
 * instance of it. Nothing can have happened there, so sending the request again is safe for every call, even one that
 * must not run twice (a charge); the load balancer then picks the next instance.
 */
public class ServiceUnreachableException extends ServiceUnavailableException {

    ServiceUnreachableException(String service, String what) {
        super(service, what);
    }
}
