package com.example.shop.gateway.problem;

import com.example.shop.common.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises leaves as problem details: no route (404), a session store that cannot be
 * asked (503), a downstream service that cannot be reached, or a bug (500, logged). Ordered before Spring Boot's
 * default handler, which would answer its own JSON shape.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        return Problems.write(exchange, problemFor(error));
    }

    private static org.springframework.http.ProblemDetail problemFor(Throwable error) {
        if (error instanceof AuthenticationServiceException) {
            return Problems.problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    "authentication is unavailable: " + error.getMessage());
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            if (code == HttpStatus.NOT_FOUND) {
                return Problems.problem(code, "not-found", "no resource at this path");
            }
            if (code.is5xxServerError()) {
                log.warn("Gateway answered {}: {}", code.value(), status.getReason());
                return Problems.problem(code, "service-unavailable", "the service behind this path is unavailable");
            }
            return Problems.problem(
                    code,
                    ProblemTypes.slugFor(code.value()),
                    status.getReason() == null ? code.getReasonPhrase() : status.getReason());
        }
        if (causedBy(error, java.net.ConnectException.class)
                || causedBy(error, java.util.concurrent.TimeoutException.class)) {
            log.warn("Gateway could not reach a service: {}", error.toString());
            return Problems.problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    "the service behind this path is unavailable");
        }
        log.error("Unexpected error in the gateway", error);
        return Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "unexpected error");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
