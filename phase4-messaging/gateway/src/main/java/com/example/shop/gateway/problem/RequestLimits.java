package com.example.shop.gateway.problem;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The edge bounds what a client may send before anything else looks at it, and says why in problem details:
 *
 * <ul>
 *   <li>headers over {@code shop.http.max-request-headers} (8 KB, Netty's usual limit): 431. Netty itself is allowed
 *       64 KB ({@code server.max-http-request-header-size}) so that this filter, not Netty's empty 431, answers;
 *   <li>a body over {@code shop.http.max-request-body} (32 KB, as in every service; the largest valid request is a few
 *       KB): 413 before it is read when it declares its length, or as soon as forwarding it passes the limit.
 * </ul>
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
        return chain.filter(exchange.mutate().request(new BoundedBody(request)).build());
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

    /** A body sent in chunks (no Content-Length) fails when forwarding it passes the limit; ProblemErrorHandler answers. */
    private final class BoundedBody extends ServerHttpRequestDecorator {

        BoundedBody(ServerHttpRequest request) {
            super(request);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            long[] seen = {0};
            return super.getBody().doOnNext(buffer -> {
                seen[0] += buffer.readableByteCount();
                if (seen[0] > maxBodyBytes) {
                    DataBufferUtils.release(buffer);
                    throw new ResponseStatusException(
                            HttpStatus.CONTENT_TOO_LARGE, tooLarge().getDetail());
                }
            });
        }
    }
}
