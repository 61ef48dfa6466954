package io.eventmart.order.infrastructure;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payment method vault in table {@code orders.payment_method}. The JDBC template joins the
 * transaction of the unit of work that calls it, so an entry is committed together with the order
 * placement that stored it, or not at all.
 */
public class JdbcPaymentMethodVault implements PaymentMethodVault {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public JdbcPaymentMethodVault(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void store(UUID orderId, PaymentMethod paymentMethod) {
    jdbc.update(
        """
        INSERT INTO orders.payment_method (order_id, method_type, token, stored_at)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (order_id) DO UPDATE
           SET method_type = EXCLUDED.method_type,
               token       = EXCLUDED.token,
               stored_at   = EXCLUDED.stored_at
        """,
        orderId,
        paymentMethod.type(),
        paymentMethod.token(),
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  @Override
  public Optional<PaymentMethod> find(UUID orderId) {
    return jdbc
        .query(
            "SELECT method_type, token FROM orders.payment_method WHERE order_id = ?",
            (row, index) -> new PaymentMethod(row.getString("method_type"), row.getString("token")),
            orderId)
        .stream()
        .findFirst();
  }

  @Override
  public void erase(UUID orderId) {
    jdbc.update("DELETE FROM orders.payment_method WHERE order_id = ?", orderId);
  }
}
