package io.eventmart.edge.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.testsupport.TestPostgres;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Accounts and the cross-cutting behaviour of the edge, over real HTTP on a real database. */
@SpringBootTest(
    classes = EdgeTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "axon.axonserver.enabled=false",
      "eventmart.edge.rate-limits.login-capacity=3",
      "eventmart.edge.rate-limits.login-period=1m"
    })
class AccountsIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("edge_accounts").registerAsDataSource(registry);
  }

  @LocalServerPort int port;
  private WebTestClient http;
  private EdgeAccounts accounts;

  @BeforeEach
  void client() {
    http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    accounts = new EdgeAccounts(http);
  }

  @Test
  void registersLogsInAndKnowsWhoIsCalling() {
    String email = "ada-" + UUID.randomUUID() + "@example.com";
    http.post()
        .uri("/api/auth/register")
        .bodyValue(Map.of("email", email, "password", "correct horse", "name", "Ada"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(email)
        .jsonPath("$.roles[0]")
        .isEqualTo("CUSTOMER")
        .jsonPath("$.password")
        .doesNotExist();

    String token = accounts.login(email, "correct horse");

    http.get()
        .uri("/api/auth/me")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(email);
  }

  @Test
  void refusesADuplicateEMailWith409() {
    String email = "twice-" + UUID.randomUUID() + "@example.com";
    accounts.register(email);

    http.post()
        .uri("/api/auth/register")
        .bodyValue(Map.of("email", email.toUpperCase(), "password", "correct horse", "name", "B"))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://eventmart.io/problems/email-taken");
  }

  @Test
  void explainsEveryInvalidFieldOfARegistration() {
    http.post()
        .uri("/api/auth/register")
        .bodyValue(Map.of("email", "not-an-email", "password", "short", "name", ""))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(400)
        .jsonPath("$.errors[?(@.field == 'email')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'password')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'name')]")
        .exists();
  }

  @Test
  void answersMalformedJsonWith400NotWith500() {
    http.post()
        .uri("/api/auth/register")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"email\": ")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void refusesABodyOverOneMebibyteWith413() {
    http.post()
        .uri("/api/auth/register")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")
        .exchange()
        .expectStatus()
        .isEqualTo(413);
  }

  @Test
  void answersWrongCredentialsWith401AndThrottlesGuessing() {
    String email = "guess-" + UUID.randomUUID() + "@example.com";
    accounts.register(email);
    for (int attempt = 0; attempt < 3; attempt++) {
      http.post()
          .uri("/api/auth/login")
          .bodyValue(Map.of("email", email, "password", "wrong password"))
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }

    http.post()
        .uri("/api/auth/login")
        .bodyValue(Map.of("email", email, "password", "correct horse"))
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .exists(HttpHeaders.RETRY_AFTER);
  }

  @Test
  void answers401WithoutAToken403WithoutTheRoleAnd401ForAForgedOne() {
    http.get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized();
    http.get()
        .uri("/api/auth/me")
        .header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token")
        .exchange()
        .expectStatus()
        .isUnauthorized();

    http.put()
        .uri("/api/admin/users/" + UUID.randomUUID() + "/roles")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + accounts.customerToken())
        .bodyValue(Map.of("roles", new String[] {"ADMIN"}))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void letsTheBootstrapAdministratorGrantRoles() {
    String email = "analyst-" + UUID.randomUUID() + "@example.com";
    String id = accounts.register(email);
    String admin = accounts.adminToken();

    http.put()
        .uri("/api/admin/users/" + id + "/roles")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
        .bodyValue(Map.of("roles", new String[] {"ANALYST", "CUSTOMER"}))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.roles.length()")
        .isEqualTo(2);
  }

  @Test
  void echoesTheCorrelationIdAndSetsSecurityHeaders() {
    var response =
        http.get()
            .uri("/api/auth/me")
            .header("X-Correlation-Id", "trace-me-42")
            .exchange()
            .returnResult(String.class);
    HttpHeaders headers = response.getResponseHeaders();
    assertThat(headers.getFirst("X-Correlation-Id")).isEqualTo("trace-me-42");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(headers.getFirst("Strict-Transport-Security")).as("only behind TLS").isNull();

    var generated = http.get().uri("/api/auth/me").exchange().returnResult(String.class);
    assertThat(generated.getResponseHeaders().getFirst("X-Correlation-Id")).isNotBlank();
  }
}
