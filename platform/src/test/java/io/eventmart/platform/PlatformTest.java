package io.eventmart.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole standalone platform, started as it runs in production minus the web server, with short
 * deadlines so compensation paths finish within a test, and a {@link Shop} to drive it (autowire
 * it). Each test class brings its own fresh database (a {@code @DynamicPropertySource}) and closes
 * its platform afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = EventMartPlatform.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "eventmart.order.saga.payment-timeout=" + PlatformTest.PAYMENT_TIMEOUT,
      "eventmart.order.saga.reservation-timeout=10s",
      "eventmart.deadlines.polling-interval=200ms"
    })
@Import(Shop.class)
@DirtiesContext
@interface PlatformTest {

  /** Short enough for a test to watch a payment time out. */
  String PAYMENT_TIMEOUT = "4s";
}
