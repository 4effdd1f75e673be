package com.example.shop.gateway.problem;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The edge bounds what a client may send before anything else looks at it, and says why in problem details:
 *
 * <ul>
 *   <li>headers over {@code shop.http.max-request-headers} (8 KB, Netty's usual limit): 431. Netty itself is allowed
 *       64 KB ({@code server.max-http-request-header-size}) so that this filter, not Netty's empty 431, answers;
 *   <li>a body that declares a length over {@code shop.http.max-request-body} (32 KB, as in every service; the largest
 *       valid request is a few KB): 413 before a byte of it is read.
 * </ul>
 *
 * A body sent in chunks declares no length; it is passed on, and the service that reads it cuts it off at the same
 * limit and answers 413 itself ({@code RequestBodyLimit} in common), which reaches the client unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLimits implements WebFilter {

    private final long maxHeaderBytes;
    private final long maxBodyBytes;

    RequestLimits(
            @Value("${shop.http.max-request-headers:8KB}") DataSize maxHeaders,
            @Value("${shop.http.max-request-body:32KB}") DataSize maxBody) {
        this.maxHeaderBytes = maxHeaders.toBytes();
        this.maxBodyBytes = maxBody.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (headerBytes(request) > maxHeaderBytes) {
            return Problems.write(
                    exchange,
                    Problems.problem(
                            HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "headers-too-large",
                            "The request headers are larger than the " + kilobytes(maxHeaderBytes)
                                    + " KB this API accepts"));
        }
        if (request.getHeaders().getContentLength() > maxBodyBytes) {
            return Problems.write(exchange, tooLarge());
        }
        return chain.filter(exchange);
    }

    private org.springframework.http.ProblemDetail tooLarge() {
        return Problems.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "The request body is larger than the " + kilobytes(maxBodyBytes) + " KB this API accepts");
    }

    private static long headerBytes(ServerHttpRequest request) {
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4; // ": " and CRLF
            }
        }
        return bytes;
    }

    private static long kilobytes(long bytes) {
        return DataSize.ofBytes(bytes).toKilobytes();
    }
}
