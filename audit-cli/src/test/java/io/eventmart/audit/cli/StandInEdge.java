package io.eventmart.audit.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the EventMart edge on a local port: it answers the routes a test gives it and
 * remembers every request, with its query, bearer token and body.
 */
final class StandInEdge implements AutoCloseable {

  /** A request as the edge received it. */
  record Request(String method, String path, String query, String authorization, String body) {}

  private record Answer(int status, String contentType, String body) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  StandInEdge() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  StandInEdge answer(String method, String path, int status, String contentType, String body) {
    answers.put(method + " " + path, new Answer(status, contentType, body));
    return this;
  }

  StandInEdge answerJson(String method, String path, String body) {
    return answer(method, path, 200, "application/json", body);
  }

  /** The last request to {@code path}. */
  Request last(String path) {
    return requests.stream()
        .filter(request -> request.path().equals(path))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no request to " + path + " in " + requests));
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            uri.getPath(),
            uri.getQuery(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    Answer answer =
        answers.getOrDefault(
            exchange.getRequestMethod() + " " + uri.getPath(),
            new Answer(
                404,
                "application/problem+json",
                "{\"title\":\"Not found\",\"status\":404,\"detail\":\"No route in the test\"}"));
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
