package io.eventmart.audit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EventMart HTTP edge as the command line sees it: JSON in and out with a bearer token, and
 * NDJSON exports streamed straight to a file. Every refusal becomes an {@link EdgeException} that
 * quotes the edge's problem detail.
 */
public final class EdgeClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  static final String NDJSON = "application/x-ndjson";

  private final HttpClient http;
  private final URI base;
  private final JsonMapper json;
  private final Supplier<String> token;

  /**
   * @param base the edge, e.g. {@code http://localhost:8080}
   * @param json how JSON is read
   * @param token the bearer token, asked for when the first request needs it
   */
  public EdgeClient(URI base, JsonMapper json, Supplier<String> token) {
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    this.base = base;
    this.json = json;
    this.token = token;
  }

  /** Logs in and answers the access token. */
  public static String login(URI base, JsonMapper json, String email, String password) {
    EdgeClient anonymous = new EdgeClient(base, json, () -> null);
    Map<String, String> credentials = new LinkedHashMap<>();
    credentials.put("email", email);
    credentials.put("password", password);
    HttpRequest request =
        anonymous
            .request("/api/auth/login", Map.of())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(credentials)))
            .build();
    JsonNode answer = anonymous.json(anonymous.send(request));
    return answer.path("accessToken").asString();
  }

  /** GETs {@code path} with {@code query} parameters and answers the JSON body. */
  public JsonNode get(String path, Map<String, String> query) {
    HttpRequest request =
        authorized(request(path, query)).header("Accept", "application/json").GET().build();
    return json(send(request));
  }

  /** POSTs to {@code path} without a body and answers the JSON body. */
  public JsonNode post(String path) {
    HttpRequest request =
        authorized(request(path, Map.of()))
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return json(send(request));
  }

  /**
   * GETs an NDJSON stream and writes it to {@code file} as it arrives (never all in memory).
   *
   * @throws EdgeException when the edge refuses, or the stream breaks off
   */
  public void download(String path, Map<String, String> query, Path file) {
    HttpRequest request = authorized(request(path, query)).header("Accept", NDJSON).GET().build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw refusal(
              response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new EdgeException("the export from " + base + " broke off: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EdgeException("interrupted while exporting", e);
    }
  }

  private HttpRequest.Builder request(String path, Map<String, String> query) {
    String parameters =
        query.entrySet().stream()
            .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
            .collect(Collectors.joining("&"));
    String root = base.toString().replaceAll("/+$", "");
    return HttpRequest.newBuilder(
            URI.create(root + path + (parameters.isEmpty() ? "" : "?" + parameters)))
        .timeout(REQUEST_TIMEOUT);
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    String bearer = token.get();
    return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw refusal(response.statusCode(), response.body());
      }
      return response;
    } catch (IOException e) {
      throw new EdgeException("cannot reach " + base + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EdgeException("interrupted while calling " + base, e);
    }
  }

  private JsonNode json(HttpResponse<String> response) {
    String body = response.body();
    if (body == null || body.isBlank()) {
      return json.nullNode();
    }
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw new EdgeException("the edge answered something that is not JSON: " + body, e);
    }
  }

  /** "404 Not found: No order … in the event store", from the problem detail if there is one. */
  private EdgeException refusal(int status, String body) {
    String reason = "HTTP " + status;
    try {
      JsonNode problem = json.readTree(body);
      if (problem != null && problem.isObject()) {
        reason =
            status
                + " "
                + problem.path("title").asString("")
                + ": "
                + problem.path("detail").asString("");
        JsonNode errors = problem.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
          StringBuilder fields = new StringBuilder();
          errors.forEach(
              error ->
                  fields
                      .append(System.lineSeparator())
                      .append("  ")
                      .append(error.path("field").asString())
                      .append(": ")
                      .append(error.path("message").asString()));
          reason += fields;
        }
      }
    } catch (JacksonException notAProblem) {
      // An answer that is no problem detail (a proxy's error page, …): the status says enough.
    }
    return new EdgeException(reason);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
