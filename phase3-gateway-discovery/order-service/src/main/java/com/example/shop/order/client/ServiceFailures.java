package com.example.shop.order.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * Turns every technical failure of a request into a {@link ServiceUnavailableException}, telling apart a request that
 * never reached the neighbour ({@link ServiceUnreachableException}) from one that may have: only the first is safe to
 * repeat whatever the call. It runs before the load balancer, so that it sees the load balancer's failures too.
 */
final class ServiceFailures {

    private ServiceFailures() {}

    static ClientHttpRequestInterceptor translatedFor(String service) {
        return (request, body, execution) -> {
            try {
                return execution.execute(request, body);
            } catch (IllegalStateException noInstance) {
                // what the load balancer throws when discovery knows no instance of the service
                throw new ServiceUnreachableException(service, noInstance.getMessage());
            } catch (IOException refusedOrTimedOut) {
                if (neverConnected(refusedOrTimedOut)) {
                    throw new ServiceUnreachableException(service, refusedOrTimedOut.toString());
                }
                throw new ServiceUnavailableException(service, refusedOrTimedOut.toString());
            }
        };
    }

    /** Refused or not accepted within the connect timeout; a read timeout or a reset may come after the request. */
    private static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
