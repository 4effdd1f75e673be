package com.example.shop.common;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error leaves as RFC 9457 problem details with a stable {@code type}. Spring MVC already turns its own
 * exceptions into {@link ProblemDetail}s; this class gives them our types, adds the offending fields to validation
 * errors, and covers what MVC does not know: security, concurrency conflicts and the unexpected.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    /**
     * Unreadable bodies: say which field could not be read, without echoing parser internals. A body cut off at its
     * size limit while it was read ({@link RequestBodyLimit}) is too large, not malformed.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponseException tooLarge) {
                return handleExceptionInternal(
                        tooLarge, tooLarge.getBody(), headers, tooLarge.getStatusCode(), request);
            }
        }
        String detail = ex.getMostSpecificCause() instanceof DatabindException bad
                        && !bad.getPath().isEmpty()
                ? "The value of '" + fieldPath(bad) + "' cannot be read" + allowedValues(bad)
                : "The request body is missing or is not well-formed JSON";
        ProblemDetail problem =
                ProblemTypes.problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidRequestException.FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::toFieldProblem)
                .toList();
        ProblemDetail problem = validationProblem(errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidRequestException.FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new InvalidRequestException.FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return handleExceptionInternal(ex, validationProblem(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
        String detail = ex instanceof BadCredentialsException
                ? "The email or password is not correct"
                : "A valid bearer token is required: log in at POST /api/auth/login";
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem);
    }

    /**
     * The token could not be checked because user-service, which vouches for tokens, could not be reached: not the
     * caller's fault, so 503 rather than 401. The more specific handler wins over {@link #unauthenticated}.
     */
    @ExceptionHandler(AuthenticationServiceException.class)
    ResponseEntity<ProblemDetail> authenticationUnavailable(AuthenticationServiceException ex) {
        log.warn("Authentication unavailable: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ProblemTypes.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        "Service unavailable",
                        "authentication is unavailable: user-service could not be reached"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemTypes.problem(
                        HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This operation needs the ADMIN role"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemTypes.problem(
                        HttpStatus.CONFLICT,
                        "conflict",
                        "Concurrent change",
                        "The resource was changed by another request at the same time; read it again and retry"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException ex) {
        log.warn("Integrity violation: {}", ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemTypes.problem(
                        HttpStatus.CONFLICT, "conflict", "Conflict", "The request conflicts with existing data"));
    }

    /**
     * A database or store this service depends on cannot be reached, or did not answer in time (a query or lock
     * timeout, a connection dropped mid-command: Spring's {@link TransientDataAccessException}s). Not the caller's
     * fault, and worth a retry. Optimistic locking failures are transient too, but the more specific
     * {@link #concurrentChange} handler answers them with 409.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(DataAccessException ex) {
        log.warn(
                "A data store cannot be reached or did not answer in time: {}",
                ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ProblemTypes.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        "Service unavailable",
                        "A data store this service needs cannot be reached; try again shortly"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return ResponseEntity.internalServerError()
                .body(ProblemTypes.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "Something went wrong on our side; nothing was changed"));
    }

    /** Gives Spring MVC's own problems (no type, or {@code about:blank}) a type of ours. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(ProblemTypes.type(ProblemTypes.slugFor(status.value())));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail validationProblem(List<InvalidRequestException.FieldProblem> errors) {
        ProblemDetail problem = ProblemTypes.problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "The request has " + errors.size() + " invalid field(s)");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String fieldPath(DatabindException ex) {
        StringBuilder path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String allowedValues(DatabindException ex) {
        if (ex instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            return ": expected one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        return "";
    }

    private static InvalidRequestException.FieldProblem toFieldProblem(FieldError error) {
        return new InvalidRequestException.FieldProblem(error.getField(), error.getDefaultMessage());
    }
}
