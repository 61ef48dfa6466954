package io.eventmart.order.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the order module ({@code eventmart.order.*}). Every one has a default, so the module
 * works inside the platform without any configuration.
 *
 * @param saga how long the order saga waits before it gives an order up
 * @param catalogTimeout how long a cart or an order waits for the inventory service to say which
 *     products exist and are on sale
 */
@ConfigurationProperties("eventmart.order")
public record OrderProperties(
    @DefaultValue Saga saga, @DefaultValue("5s") Duration catalogTimeout) {

  /**
   * @param paymentTimeout how long after requesting the payment an outcome must arrive
   * @param reservationTimeout how long after placement every line's stock must have answered
   */
  public record Saga(
      @DefaultValue("30s") Duration paymentTimeout,
      @DefaultValue("30s") Duration reservationTimeout) {}
}
