package io.eventmart.edge.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The edge behind a proxy that terminates TLS and says so in {@code X-Forwarded-*} headers, as
 * configured with {@code EVENTMART_FORWARD_HEADERS=framework}: browsers are told to use HTTPS only.
 */
@SpringBootTest(
    classes = EdgeTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"axon.axonserver.enabled=false", "server.forward-headers-strategy=framework"})
class BehindAProxyIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("edge_proxy").registerAsDataSource(registry);
  }

  @LocalServerPort int port;

  private HttpHeaders headersOf(String forwardedProto) {
    var request =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + port)
            .build()
            .get()
            .uri("/api/categories");
    if (forwardedProto != null) {
      request = request.header("X-Forwarded-Proto", forwardedProto);
    }
    return request.exchange().returnResult(String.class).getResponseHeaders();
  }

  @Test
  void sendsStrictTransportSecurityForRequestsThatCameOverTls() {
    assertThat(headersOf("https").getFirst("Strict-Transport-Security"))
        .contains("max-age=")
        .contains("includeSubDomains");
  }

  @Test
  void sendsNoStrictTransportSecurityOverPlainHttp() {
    assertThat(headersOf(null).getFirst("Strict-Transport-Security")).isNull();
    assertThat(headersOf("http").getFirst("Strict-Transport-Security")).isNull();
  }
}
