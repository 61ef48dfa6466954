package io.eventmart.edge.web;

import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.support.command.CommandFailures;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Turns every failure a handler can meet into a problem detail (RFC 9457) with a stable type:
 * malformed or invalid input is 400 with field errors, a body over the limit 413, the domain's
 * refusals 404/409/422 with their code and reason, a platform that does not answer 503. Nothing
 * reaches the client as a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private static final Map<ErrorKind, HttpStatus> STATUS_OF_KIND =
      Map.of(
          ErrorKind.INVALID, HttpStatus.BAD_REQUEST,
          ErrorKind.NOT_FOUND, HttpStatus.NOT_FOUND,
          ErrorKind.CONFLICT, HttpStatus.CONFLICT,
          ErrorKind.REJECTED, HttpStatus.UNPROCESSABLE_CONTENT);

  // ------------------------------------------------------------------ the platform's answers

  @ExceptionHandler(NotFound.class)
  Mono<ResponseEntity<ProblemDetail>> notFound(NotFound notFound, ServerWebExchange exchange) {
    return respond(
        Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", notFound.getMessage()),
        exchange);
  }

  @ExceptionHandler(ApiProblem.class)
  Mono<ResponseEntity<ProblemDetail>> apiProblem(ApiProblem refusal, ServerWebExchange exchange) {
    ProblemDetail problem = refusal.problem();
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return Mono.just(
        ResponseEntity.status(problem.getStatus()).headers(refusal.headers()).body(problem));
  }

  @ExceptionHandler(DataBufferLimitException.class)
  Mono<ResponseEntity<ProblemDetail>> tooLarge(ServerWebExchange exchange) {
    return respond(RequestSizeLimitFilter.tooLarge(), exchange);
  }

  @ExceptionHandler({
    NoHandlerForCommandException.class,
    NoHandlerForQueryException.class,
    TimeoutException.class
  })
  Mono<ResponseEntity<ProblemDetail>> unavailable(Exception failure, ServerWebExchange exchange) {
    log.warn("Platform did not answer {}: {}", exchange.getRequest().getPath(), failure.toString());
    return respond(unavailable(), exchange);
  }

  /** A command or query failed: a refusal of the domain, or a fault. */
  @ExceptionHandler(Exception.class)
  Mono<ResponseEntity<ProblemDetail>> failure(Exception failure, ServerWebExchange exchange) {
    Optional<DomainError> refusal = CommandFailures.domainErrorOf(failure);
    if (refusal.isPresent()) {
      return respond(refused(refusal.get()), exchange);
    }
    if (causedBy(failure, TimeoutException.class)
        || causedBy(failure, NoHandlerForQueryException.class)
        || causedBy(failure, NoHandlerForCommandException.class)) {
      return unavailable(failure, exchange);
    }
    log.error(
        "Request {} {} failed (correlation id {})",
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        exchange.getAttribute(RequestMetadata.CONTEXT_KEY),
        failure);
    return respond(
        Problems.problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "The request could not be completed; quote the X-Correlation-Id when reporting it"),
        exchange);
  }

  static ProblemDetail refused(DomainError error) {
    HttpStatus status = STATUS_OF_KIND.get(error.kind());
    if (error.kind() == ErrorKind.INVALID) {
      return Problems.invalid(
          error.message(),
          error.details().entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(e -> new Problems.FieldError(e.getKey(), e.getValue()))
              .toList());
    }
    ProblemDetail problem =
        Problems.problem(status, error.code(), status.getReasonPhrase(), error.message());
    problem.setProperty("code", error.code());
    error.details().forEach(problem::setProperty);
    return problem;
  }

  private static ProblemDetail unavailable() {
    return Problems.problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "unavailable",
        "Service unavailable",
        "The platform did not answer in time; try again");
  }

  // ------------------------------------------------------------------ malformed input

  @Override
  protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
      WebExchangeBindException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    List<Problems.FieldError> errors =
        ex.getFieldErrors().stream()
            .sorted(Comparator.comparing(FieldError::getField))
            .map(e -> new Problems.FieldError(e.getField(), e.getDefaultMessage()))
            .collect(Collectors.toCollection(ArrayList::new));
    ex.getGlobalErrors()
        .forEach(
            e -> errors.add(new Problems.FieldError(e.getObjectName(), e.getDefaultMessage())));
    return respondAsObject(Problems.invalid(summary(errors), errors), exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    List<Problems.FieldError> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new Problems.FieldError(
                                    result.getMethodParameter().getParameterName(),
                                    message(error))))
            .toList();
    return respondAsObject(Problems.invalid(summary(errors), errors), exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleServerWebInputException(
      ServerWebInputException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    if (causedBy(ex, DataBufferLimitException.class)) {
      return respondAsObject(RequestSizeLimitFilter.tooLarge(), exchange);
    }
    String field = InputErrors.field(ex);
    String detail = InputErrors.describe(ex);
    return respondAsObject(
        Problems.invalid(detail, List.of(new Problems.FieldError(field, detail))), exchange);
  }

  /** Every other problem the framework raises (405, 406, 415 …) gets a stable type too. */
  @Override
  protected Mono<ResponseEntity<Object>> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      HttpStatus known = HttpStatus.resolve(status.value());
      String slug =
          known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
      problem.setType(URI.create(Problems.TYPE_BASE + slug));
    }
    if (body instanceof ProblemDetail problem) {
      problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    }
    return super.handleExceptionInternal(ex, body, headers, status, exchange);
  }

  // ------------------------------------------------------------------ helpers

  private static String summary(List<Problems.FieldError> errors) {
    return errors.isEmpty()
        ? "The request is invalid"
        : "Invalid request: "
            + errors.stream()
                .map(e -> e.field() + " " + e.message())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
  }

  private static String message(MessageSourceResolvable error) {
    return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static Mono<ResponseEntity<ProblemDetail>> respond(
      ProblemDetail problem, ServerWebExchange exchange) {
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return Mono.just(ResponseEntity.status(problem.getStatus()).body(problem));
  }

  private static Mono<ResponseEntity<Object>> respondAsObject(
      ProblemDetail problem, ServerWebExchange exchange) {
    return respond(problem, exchange)
        .map(response -> ResponseEntity.status(response.getStatusCode()).body(response.getBody()));
  }
}
