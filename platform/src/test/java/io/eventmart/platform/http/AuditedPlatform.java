package io.eventmart.platform.http;

import io.eventmart.platform.EventMartPlatform;
import io.eventmart.platform.http.AuditorHttp.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole platform on a random port for the audit's end-to-end tests, with the accounts each of
 * them needs: the administrator who sets the scene and an auditor who reads it back. A test class
 * extends it, brings its own servers (a {@code @DynamicPropertySource} that calls {@code
 * PlatformServers.register}) and tells the story to audit in a {@code @BeforeAll} of its own, which
 * JUnit runs after this one's.
 */
@SpringBootTest(
    classes = EventMartPlatform.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditedPlatform {

  @LocalServerPort int port;

  /** The platform's HTTP API. */
  AuditorHttp http;

  /** When the story began: every event of it happened after this. */
  Instant started;

  /** The bootstrap administrator. */
  User admin;

  /** A new account the administrator made an auditor. */
  User auditor;

  @BeforeAll
  void accounts() {
    http = new AuditorHttp(port);
    started = Instant.now();
    admin = http.admin();
    auditor = http.auditor();
  }
}
