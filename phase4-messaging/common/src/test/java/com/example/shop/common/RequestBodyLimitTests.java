package com.example.shop.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** A body over the limit is never read whole: refused up front when its length is declared, cut off otherwise. */
class RequestBodyLimitTests {

    final List<Exception> resolved = new ArrayList<>();
    final HandlerExceptionResolver problems = (request, response, handler, ex) -> {
        resolved.add(ex);
        return null;
    };
    final RequestBodyLimit limit = new RequestBodyLimit(DataSize.ofKilobytes(32), problems);

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutCallingTheApplication() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/orders");
        request.setContent(new byte[33 * 1024]);
        List<Object> reached = new ArrayList<>();

        limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.add(req));

        assertThat(reached).isEmpty();
        assertThat(resolved).singleElement().satisfies(RequestBodyLimitTests::isTooLarge);
    }

    @Test
    void cutsOffABodyWithoutADeclaredLengthWhenReadingPassesTheLimit() {
        MockHttpServletRequest request = new WithoutLength();
        request.setContent(new byte[64 * 1024]);

        assertThatThrownBy(
                        () -> limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> req.getInputStream()
                                .readAllBytes()))
                .satisfies(RequestBodyLimitTests::isTooLarge);
    }

    @Test
    void letsABodyWithinTheLimitThroughWhole() throws Exception {
        MockHttpServletRequest request = new WithoutLength();
        request.setContent(new byte[32 * 1024]);
        List<Integer> read = new ArrayList<>();

        limit.doFilter(
                request,
                new MockHttpServletResponse(),
                (req, res) -> read.add(req.getInputStream().readAllBytes().length));

        assertThat(read).containsExactly(32 * 1024);
        assertThat(resolved).isEmpty();
    }

    private static void isTooLarge(Throwable failure) {
        assertThat(failure).isInstanceOf(ErrorResponseException.class);
        ErrorResponseException tooLarge = (ErrorResponseException) failure;
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(tooLarge.getBody().getType()).hasToString("https://shop.example.com/problems/payload-too-large");
        assertThat(tooLarge.getBody().getDetail()).contains("32 KB");
    }

    /** A body sent in chunks: no Content-Length. */
    private static final class WithoutLength extends MockHttpServletRequest {

        WithoutLength() {
            super("POST", "/api/orders");
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }
    }
}
