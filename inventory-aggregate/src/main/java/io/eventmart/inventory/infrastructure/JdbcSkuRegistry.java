package io.eventmart.inventory.infrastructure;

import io.eventmart.inventory.product.SkuRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SKU registry as a table with the normalised SKU as primary key ({@code inventory.sku_claim}).
 * The unique index does the set-based check: of two registrations claiming one SKU at the same
 * time, the second waits on the index until the first commits or rolls back, and then either finds
 * the SKU taken or claims it itself.
 *
 * <p>The {@link JdbcTemplate} joins the Spring transaction that Axon opened for the command's unit
 * of work, so a claim commits together with the registration's events, and disappears when that
 * unit of work rolls back.
 */
public final class JdbcSkuRegistry implements SkuRegistry {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public JdbcSkuRegistry(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean claim(String sku, UUID productId) {
    String normalisedSku = SkuRegistry.normalise(sku);
    int inserted =
        jdbc.update(
            "INSERT INTO inventory.sku_claim (normalised_sku, sku, product_id, claimed_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (normalised_sku) DO NOTHING",
            normalisedSku,
            sku,
            productId,
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    if (inserted == 1) {
      return true;
    }
    // A statement of its own, so that (at READ COMMITTED) it sees the claim that made the insert
    // do nothing, even if that claim committed while the insert was waiting for it.
    UUID holder =
        jdbc.queryForObject(
            "SELECT product_id FROM inventory.sku_claim WHERE normalised_sku = ?",
            UUID.class,
            normalisedSku);
    return productId.equals(holder);
  }
}
