package com.example.shop.order.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Every call to a neighbour goes through here, named after the service it calls. From the outside in:
 *
 * <ol>
 *   <li>the neighbour's <b>circuit breaker</b>: after repeated failures it opens and refuses calls at once, so a dead
 *       or hanging neighbour costs no thread and no waiting customer until it is tried again;
 *   <li>its <b>time limit</b>: the whole call, retries included, gets a fixed budget, then the customer is answered;
 *   <li>a <b>retry</b> that only repeats what is safe to repeat: an idempotent call after any technical failure, any
 *       other call only when the request never reached the service. The load balancer picks the next instance for
 *       each attempt, so a killed instance among two is skipped.
 * </ol>
 *
 * The circuit breaker judges the whole call, after the retries, so an instance that was skipped by a retry does not
 * count against its healthy twin. Whatever fails comes out as a {@link ServiceUnavailableException}: an open circuit
 * looks to the caller exactly like a neighbour that is down. The numbers live in application.yml
 * ({@code resilience4j.*}).
 *
 * <p>Spring Cloud CircuitBreaker provides the breaker and the time limit (Resilience4j underneath); it has no retry,
 * so the retries come from Resilience4j's own registry, configured next to them.
 */
@Component
public class NeighbourCalls {

    public static final String PRODUCT_SERVICE = "product-service";
    public static final String INVENTORY_SERVICE = "inventory-service";
    public static final String PAYMENT_SERVICE = "payment-service";
    public static final String NOTIFICATION_SERVICE = "notification-service";

    private final CircuitBreakerFactory<?, ?> circuitBreakers;
    private final Retry idempotent;
    private final Retry notIdempotent;

    NeighbourCalls(CircuitBreakerFactory<?, ?> circuitBreakers, RetryRegistry retries) {
        this.circuitBreakers = circuitBreakers;
        this.idempotent = retries.retry("idempotent");
        this.notIdempotent = retries.retry("not-idempotent");
    }

    /** A call that may run twice without harm (a read, a check, or a change keyed by order id): retried on failure. */
    public <T> T idempotent(String service, Supplier<T> call) {
        return call(service, idempotent, call);
    }

    public void idempotent(String service, Runnable call) {
        idempotent(service, asSupplier(call));
    }

    /** A call that must not run twice: retried only when it never reached the service. */
    public <T> T notIdempotent(String service, Supplier<T> call) {
        return call(service, notIdempotent, call);
    }

    public void notIdempotent(String service, Runnable call) {
        notIdempotent(service, asSupplier(call));
    }

    private <T> T call(String service, Retry retry, Supplier<T> call) {
        return circuitBreakers
                .create(service)
                .run(Retry.decorateSupplier(retry, answerReadOrUnavailable(service, call)), failure -> {
                    throw unavailable(service, failure);
                });
    }

    /**
     * The request's own failures are translated where it is sent ({@link ServiceFailures}); reading the answer comes
     * later and can fail too: the connection closes halfway through the body, or the body is not what the contract
     * says. That is the neighbour's failure like a 5xx, not a bug here: without this it left as a 500. An HTTP answer
     * the client turned into an exception ({@link RestClientResponseException}) is an answer, and stays what it is.
     */
    private static <T> Supplier<T> answerReadOrUnavailable(String service, Supplier<T> call) {
        return () -> {
            try {
                return call.get();
            } catch (RestClientResponseException answer) {
                throw answer;
            } catch (ResourceAccessException ioFailure) {
                throw new ServiceUnavailableException(
                        service, ioFailure.getMostSpecificCause().toString());
            } catch (RestClientException unreadable) {
                throw new ServiceUnavailableException(
                        service, "its answer could not be read: " + unreadable.getMostSpecificCause());
            }
        };
    }

    private static RuntimeException unavailable(String service, Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return new ServiceUnavailableException(service, "it failed repeatedly, so it is not called for a while");
        }
        if (failure instanceof TimeoutException) {
            return new ServiceUnavailableException(service, "no answer within the time limit");
        }
        if (failure instanceof RuntimeException answered) {
            return answered; // a ServiceUnavailableException already, or an answer such as a validation problem
        }
        return new ServiceUnavailableException(service, failure.toString());
    }

    private static Supplier<Void> asSupplier(Runnable call) {
        return () -> {
            call.run();
            return null;
        };
    }
}
