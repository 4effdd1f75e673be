package com.example.shop.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Every request body is bounded. The largest valid request of the API is a few kilobytes (an order of 50 lines, a
 * product and its description), so a body over {@code shop.http.max-request-body} (32 KB) is refused with 413 problem
 * details: one that declares its length is refused before a byte of it is read, one sent in chunks is cut off when
 * reading passes the limit. Without the bound a 20 MB order, padded with a field nobody reads, was read, parsed and
 * placed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final HandlerExceptionResolver problems;

    /** The limit as text ("32KB"): read without Spring Boot's converters, so that plain Spring MVC tests load it. */
    @Autowired
    RequestBodyLimit(
            @Value("${shop.http.max-request-body:32KB}") String max,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this(DataSize.parse(max), problems);
    }

    RequestBodyLimit(DataSize max, HandlerExceptionResolver problems) {
        this.maxBytes = max.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.resolveException(request, response, null, tooLarge(maxBytes));
            return;
        }
        chain.doFilter(new BoundedBody(request, maxBytes), response);
    }

    /** Leaves as 413 problem details wherever it is thrown: here, or while the body is read (ProblemDetailsAdvice). */
    static ErrorResponseException tooLarge(long maxBytes) {
        return new ErrorResponseException(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemTypes.problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "payload-too-large",
                        "Request body too large",
                        "The request body is larger than the "
                                + DataSize.ofBytes(maxBytes).toKilobytes() + " KB this API accepts"),
                null);
    }

    /** The request as it came, with a body that cannot be read past the limit. */
    private static final class BoundedBody extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream body;

        BoundedBody(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new BoundedStream(super.getInputStream(), maxBytes);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        BoundedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int next = in.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
