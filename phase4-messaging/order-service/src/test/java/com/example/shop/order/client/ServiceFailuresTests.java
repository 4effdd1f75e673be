package com.example.shop.order.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.mock.http.client.MockClientHttpRequest;

/**
 * Which failures are safe to send again whatever the call: only those where the request cannot have reached the
 * neighbour. (The requests themselves are exercised against the neighbours' stubs in the order tests.)
 */
class ServiceFailuresTests {

    final ClientHttpRequestInterceptor translated = ServiceFailures.translatedFor("payment-service");
    final MockClientHttpRequest request =
            new MockClientHttpRequest(HttpMethod.POST, URI.create("http://payment-service"));

    @Test
    void aRefusedConnectionNeverReachedTheService() {
        assertThatThrownBy(
                        () -> translated.intercept(request, new byte[0], failingWith(new ConnectException("refused"))))
                .isInstanceOf(ServiceUnreachableException.class)
                .hasMessageContaining("payment-service");
    }

    @Test
    void aConnectTimeoutNeverReachedTheService() {
        assertThatThrownBy(() -> translated.intercept(
                        request, new byte[0], failingWith(new HttpConnectTimeoutException("connect timed out"))))
                .isInstanceOf(ServiceUnreachableException.class);
    }

    @Test
    void noInstanceKnownToTheLoadBalancerNeverReachedTheService() {
        ClientHttpRequestExecution loadBalancerWithoutInstances = (request, body) -> {
            throw new IllegalStateException("No instances available for payment-service");
        };

        assertThatThrownBy(() -> translated.intercept(request, new byte[0], loadBalancerWithoutInstances))
                .isInstanceOf(ServiceUnreachableException.class);
    }

    @Test
    void aReadTimeoutMayHaveReachedTheService() {
        assertThatThrownBy(() -> translated.intercept(
                        request, new byte[0], failingWith(new HttpTimeoutException("request timed out"))))
                .isExactlyInstanceOf(ServiceUnavailableException.class);
    }

    private static ClientHttpRequestExecution failingWith(IOException failure) {
        return (request, body) -> {
            throw failure;
        };
    }
}
