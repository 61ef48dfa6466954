package io.eventmart.edge.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details, the only shape an EventMart error takes. Every problem has a stable
 * {@code type} under {@value #TYPE_BASE}, a title, the status, a detail sentence and the request
 * path as {@code instance}; validation problems add {@code errors: [{field, message}]}, refusals of
 * the domain their {@code code}.
 */
public final class Problems {

  public static final String TYPE_BASE = "https://eventmart.io/problems/";

  private Problems() {}

  /** One invalid field of a request. */
  public record FieldError(String field, String message) {}

  public static ProblemDetail problem(
      HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  public static ProblemDetail invalid(String detail, List<FieldError> errors) {
    ProblemDetail problem =
        problem(HttpStatusCode.valueOf(400), "invalid-request", "Invalid request", detail);
    problem.setProperty("errors", errors);
    return problem;
  }

  /**
   * Writes a problem outside of a handler (security filters, the rate limit), where no message
   * converter is at hand.
   */
  public static Mono<Void> write(
      ServerWebExchange exchange, ProblemDetail problem, JsonMapper json) {
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    byte[] body = json.writeValueAsBytes(asMap(problem));
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }

  private static Map<String, Object> asMap(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return body;
  }
}
