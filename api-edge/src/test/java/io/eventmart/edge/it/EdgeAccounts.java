package io.eventmart.edge.it;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Accounts on a running edge, made over its HTTP API the way a client makes them: registrations,
 * logins and roles granted by the bootstrap administrator, for tests that need callers with tokens.
 */
public final class EdgeAccounts {

  /** The password of every account registered here. */
  public static final String PASSWORD = "correct horse";

  private static final String ADMIN_EMAIL = "admin@eventmart.local";
  private static final String ADMIN_PASSWORD = "eventmart-admin";

  private final WebTestClient http;

  public EdgeAccounts(WebTestClient http) {
    this.http = http;
  }

  /** Registers a customer account with {@link #PASSWORD}; answers its id. */
  public String register(String email) {
    return http.post()
        .uri("/api/auth/register")
        .bodyValue(Map.of("email", email, "password", PASSWORD, "name", "Someone"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
  }

  /** Logs in; answers the access token. */
  public String login(String email, String password) {
    return http.post()
        .uri("/api/auth/login")
        .bodyValue(Map.of("email", email, "password", password))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("accessToken")
        .toString();
  }

  /** The bootstrap administrator's access token. */
  public String adminToken() {
    return login(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  /** The access token of a new customer. */
  public String customerToken() {
    String email = freshEmail("customer");
    register(email);
    return login(email, PASSWORD);
  }

  /** The access token of a new account the administrator gave exactly {@code role}. */
  public String tokenWithRole(String role) {
    String email = freshEmail(role.toLowerCase(Locale.ROOT));
    String id = register(email);
    http.put()
        .uri("/api/admin/users/" + id + "/roles")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
        .bodyValue(Map.of("roles", List.of(role)))
        .exchange()
        .expectStatus()
        .isOk();
    return login(email, PASSWORD);
  }

  /** An address nobody has registered yet, that says what the account is for. */
  private static String freshEmail(String purpose) {
    return purpose + "-" + UUID.randomUUID() + "@example.com";
  }
}
