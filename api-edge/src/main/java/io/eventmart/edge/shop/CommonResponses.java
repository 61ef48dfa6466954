package io.eventmart.edge.shop;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds to the OpenAPI description the answers every endpoint of a kind can give, so each controller
 * documents only what is its own: 401 and 403 where a bearer token is needed, 400 and 413 where a
 * body is read, 429 on the whole API. An answer an endpoint documents itself wins.
 */
public final class CommonResponses implements OpenApiCustomizer {

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach((path, item) -> item.readOperations().forEach(operation -> add(path, operation)));
  }

  private static void add(String path, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    ApiResponses responses = operation.getResponses();
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      responses.putIfAbsent(
          "401",
          problem(
              401,
              "unauthenticated",
              "Authentication required",
              "This request needs a valid bearer token",
              "Not signed in"));
      responses.putIfAbsent(
          "403",
          problem(
              403,
              "forbidden",
              "Forbidden",
              "Your roles do not allow this request",
              "Signed in without a role this endpoint needs"));
    }
    if (operation.getRequestBody() != null || readsParameters(operation)) {
      responses.putIfAbsent(
          "400",
          problem(
              400,
              "invalid-request",
              "Invalid request",
              "Invalid request: size must be less than or equal to 100",
              "Malformed JSON, a value of the wrong type, or a field or parameter that breaks a"
                  + " rule; errors names each one"));
    }
    if (operation.getRequestBody() != null) {
      responses.putIfAbsent(
          "413",
          problem(
              413,
              "request-too-large",
              "Request too large",
              "Request bodies may be at most 1 MiB",
              "The body is larger than 1 MiB"));
    }
    if (path.startsWith("/api/")) {
      responses.putIfAbsent(
          "429",
          problem(
                  429,
                  "rate-limited",
                  "Too many requests",
                  "Slow down: try again in 1 s",
                  "Rate limit reached; Retry-After says when to try again")
              .addHeaderObject(
                  "Retry-After",
                  new Header().description("seconds until a request is allowed again")));
    }
  }

  /** Whether the operation reads parameters (path, query or headers), which can be invalid. */
  private static boolean readsParameters(Operation operation) {
    return operation.getParameters() != null && !operation.getParameters().isEmpty();
  }

  private static ApiResponse problem(
      int status, String type, String title, String detail, String description) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "https://eventmart.io/problems/" + type);
    example.put("title", title);
    example.put("status", status);
    example.put("detail", detail);
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(ProblemExamples.PROBLEM_JSON, new MediaType().example(example)));
  }
}
