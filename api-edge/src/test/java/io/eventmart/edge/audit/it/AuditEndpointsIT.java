package io.eventmart.edge.audit.it;

import static io.eventmart.edge.audit.it.StandInAuditService.CAPTURED_AT;
import static io.eventmart.edge.audit.it.StandInAuditService.CORRELATION;
import static io.eventmart.edge.audit.it.StandInAuditService.PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.edge.it.EdgeAccounts;
import io.eventmart.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The audit endpoints over real HTTP, on the edge alone: paths, roles, problem details, JSON shapes
 * and the NDJSON export with its digest, against a stand-in of the audit service.
 */
@SpringBootTest(
    classes = AuditEdgeTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "axon.axonserver.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditEndpointsIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("edge_audit").registerAsDataSource(registry);
  }

  @LocalServerPort int port;
  @Autowired StandInAuditService auditService;

  private WebTestClient http;
  private EdgeAccounts accounts;
  private String auditor;
  private String customer;

  @BeforeAll
  void users() {
    http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    accounts = new EdgeAccounts(http);
    auditor = accounts.tokenWithRole("AUDITOR");
    customer = accounts.customerToken();
  }

  // ------------------------------------------------------------------ history

  @Test
  void answersAnAggregatesHistoryWithPayloadsAsJsonObjects() {
    get("/api/audit/payment/" + PAYMENT + "/events", auditor)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(2)
        .jsonPath("$[0].sequence")
        .isEqualTo(0)
        .jsonPath("$[0].type")
        .isEqualTo("PaymentRequested")
        .jsonPath("$[0].revision")
        .isEqualTo("1")
        .jsonPath("$[0].timestamp")
        .isEqualTo("2026-03-02T09:00:01.120Z")
        .jsonPath("$[0].payload.paymentId")
        .isEqualTo(PAYMENT.toString())
        .jsonPath("$[0].payload.amount.amount")
        .isEqualTo(80.00)
        .jsonPath("$[0].metadata.correlationId")
        .isEqualTo(CORRELATION)
        .jsonPath("$[0].metadata.causationId")
        .isEqualTo("cause-41")
        .jsonPath("$[0].metadata.userId")
        .isEqualTo("user-1")
        .jsonPath("$[1].type")
        .isEqualTo("PaymentCaptured");
  }

  @Test
  void answers404ForAnAggregateWithoutEventsOfThatType() {
    get("/api/audit/order/" + PAYMENT + "/events", auditor)
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://eventmart.io/problems/not-found");
  }

  @Test
  void answers400ForAnUnknownAggregateType() {
    get("/api/audit/shipment/" + PAYMENT + "/events", auditor)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("aggregateType");
    get("/api/audit/shipment/" + PAYMENT + "/state?version=0", auditor)
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void answers400ForAnIdThatIsNoUuid() {
    get("/api/audit/payment/not-a-uuid/events", auditor).expectStatus().isBadRequest();
  }

  @Test
  void letsOnlyAuditorsAndAdminsIn() {
    String path = "/api/audit/payment/" + PAYMENT + "/events";
    http.get().uri(path).exchange().expectStatus().isUnauthorized();
    get(path, customer)
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    get(path, accounts.adminToken()).expectStatus().isOk();
    get("/api/audit/events", customer).expectStatus().isForbidden();
    get("/api/audit/correlations/" + CORRELATION, customer).expectStatus().isForbidden();
  }

  // ------------------------------------------------------------------ state

  @Test
  void rebuildsTheStateAtAVersion() {
    get("/api/audit/payment/" + PAYMENT + "/state?version=0", auditor)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.aggregateType")
        .isEqualTo("payment")
        .jsonPath("$.aggregateId")
        .isEqualTo(PAYMENT.toString())
        .jsonPath("$.version")
        .isEqualTo(0)
        .jsonPath("$.at")
        .isEqualTo("2026-03-02T09:00:01.120Z")
        .jsonPath("$.state.aggregateType")
        .isEqualTo("payment")
        .jsonPath("$.state.status")
        .isEqualTo("PENDING")
        // Same shape at every version: what did not happen yet is there, as null.
        .jsonPath("$.state.capturedAmount")
        .hasJsonPath()
        .jsonPath("$.state.capturedAmount")
        .isEmpty()
        .jsonPath("$.state.refunds")
        .isArray();
  }

  @Test
  void rebuildsTheStateAtAMoment() {
    get("/api/audit/payment/" + PAYMENT + "/state?at=" + CAPTURED_AT.plusSeconds(1), auditor)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(1)
        .jsonPath("$.state.status")
        .isEqualTo("CAPTURED")
        .jsonPath("$.state.capturedAmount")
        .isEqualTo(80.00);
  }

  @Test
  void answers404WhenTheAggregateHadNoEventsByThen() {
    get("/api/audit/payment/" + PAYMENT + "/state?at=2020-01-01T00:00:00Z", auditor)
        .expectStatus()
        .isNotFound();
  }

  @Test
  void wantsExactlyOneOfAtAndVersion() {
    String state = "/api/audit/payment/" + PAYMENT + "/state";
    get(state, auditor)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("at", "version"));
    get(state + "?at=2026-03-02T09:00:00Z&version=1", auditor).expectStatus().isBadRequest();
    get(state + "?version=-1", auditor).expectStatus().isBadRequest();
    get(state + "?at=yesterday", auditor).expectStatus().isBadRequest();
  }

  // ------------------------------------------------------------------ correlations

  @Test
  void answersTheStoryOfACorrelation() {
    get("/api/audit/correlations/" + CORRELATION, auditor)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].type")
        .isEqualTo(List.of("PaymentRequested", "PaymentCaptured"))
        .jsonPath("$[0].position")
        .isEqualTo(41)
        .jsonPath("$[0].eventId")
        .isEqualTo("event-41")
        .jsonPath("$[0].aggregateType")
        .isEqualTo("payment")
        .jsonPath("$[0].aggregateId")
        .isEqualTo(PAYMENT.toString())
        .jsonPath("$[0].sequence")
        .isEqualTo(0)
        .jsonPath("$[0].payload.paymentId")
        .isEqualTo(PAYMENT.toString());
  }

  @Test
  void answers404ForAnUnknownCorrelationAnd400ForAMalformedOne() {
    get("/api/audit/correlations/unknown-request", auditor).expectStatus().isNotFound();
    get("/api/audit/correlations/" + "x".repeat(101), auditor).expectStatus().isBadRequest();
  }

  // ------------------------------------------------------------------ exports

  @Test
  void streamsAnExportAsNdjsonEndingWithTheDigestOfItsLines() throws Exception {
    byte[] body =
        http.get()
            .uri("/api/audit/events")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor)
            .accept(MediaType.parseMediaType("application/x-ndjson"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith("application/x-ndjson")
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();

    String text = new String(body, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("{\"position\":41,\"eventId\":\"event-41\"");
    String summary = lines.get(2);
    byte[] eventLines = Arrays.copyOf(body, body.length - summary.length() - 1);
    String expected =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(eventLines));
    assertThat(summary).isEqualTo("{\"digest\":\"sha256:" + expected + "\",\"count\":2}");
    assertThat(text).endsWith(summary + "\n");
  }

  @Test
  void passesTheExportsFiltersOn() {
    get(
            "/api/audit/events?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z"
                + "&type=PaymentCaptured&aggregateType=payment",
            auditor)
        .expectStatus()
        .isOk();

    assertThat(auditService.lastExport.get())
        .isEqualTo(
            new StreamAuditLog(
                Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"),
                "PaymentCaptured",
                AuditedAggregateType.PAYMENT));
  }

  @Test
  void refusesAnExportWithInvalidFilters() {
    get("/api/audit/events?from=2026-04-01T00:00:00Z&to=2026-03-01T00:00:00Z", auditor)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("from");
    get("/api/audit/events?aggregateType=shipment", auditor).expectStatus().isBadRequest();
    get("/api/audit/events?type=Order%20Placed", auditor).expectStatus().isBadRequest();
  }

  // ------------------------------------------------------------------ documentation

  @Test
  void documentsEveryAuditEndpointAndTheShapesOfStates() {
    http.get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/audit/{aggregateType}/{aggregateId}/events'].get")
        .exists()
        .jsonPath("$.paths['/api/audit/{aggregateType}/{aggregateId}/state'].get")
        .exists()
        .jsonPath("$.paths['/api/audit/correlations/{correlationId}'].get")
        .exists()
        .jsonPath("$.paths['/api/audit/events'].get")
        .exists()
        .jsonPath("$.components.schemas.OrderState")
        .exists()
        .jsonPath("$.components.schemas.InventoryState")
        .exists()
        .jsonPath("$.components.schemas.PaymentState")
        .exists();
  }

  private WebTestClient.ResponseSpec get(String path, String token) {
    return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
  }
}
