package io.eventmart.inventory.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.inventory.it.InventoryTestApplication;
import io.eventmart.inventory.product.SkuRegistry;
import io.eventmart.testsupport.TestPostgres;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The SKU registry's table on a real PostgreSQL: what a claim stores and when it counts. */
@SpringBootTest(
    classes = InventoryTestApplication.class,
    properties = "axon.axonserver.enabled=false")
class JdbcSkuRegistryIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("inventory_sku_registry").registerAsDataSource(registry);
  }

  @Autowired SkuRegistry skuRegistry;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  private final UUID product = UUID.randomUUID();
  private final UUID otherProduct = UUID.randomUUID();

  @Test
  void claimsAFreeSku() {
    assertThat(skuRegistry.claim(uniqueSku(), product)).isTrue();
  }

  @Test
  void storesTheSkuAsGivenUnderItsNormalForm() {
    String sku = " " + uniqueSku().toLowerCase() + " ";

    skuRegistry.claim(sku, product);

    Map<String, Object> claim =
        jdbc.queryForMap(
            "SELECT sku, product_id, claimed_at FROM inventory.sku_claim WHERE normalised_sku = ?",
            SkuRegistry.normalise(sku));
    assertThat(claim.get("sku")).isEqualTo(sku);
    assertThat(claim.get("product_id")).isEqualTo(product);
    assertThat(claim.get("claimed_at")).isNotNull();
  }

  @Test
  void letsAProductClaimItsOwnSkuAgain() {
    String sku = uniqueSku();
    skuRegistry.claim(sku, product);

    assertThat(skuRegistry.claim(sku, product)).isTrue();
  }

  @Test
  void refusesASkuThatAnotherProductHolds() {
    String sku = uniqueSku();
    skuRegistry.claim(sku, product);

    assertThat(skuRegistry.claim(sku, otherProduct)).isFalse();
  }

  @Test
  void refusesASkuThatDiffersOnlyInCaseAndSurroundingSpaces() {
    String sku = uniqueSku();
    skuRegistry.claim(sku, product);

    assertThat(skuRegistry.claim("  " + sku.toLowerCase(), otherProduct)).isFalse();
  }

  @Test
  void forgetsAClaimWhoseTransactionRollsBack() {
    String sku = uniqueSku();

    transactions.executeWithoutResult(
        transaction -> {
          assertThat(skuRegistry.claim(sku, product)).isTrue();
          transaction.setRollbackOnly();
        });

    assertThat(skuRegistry.claim(sku, otherProduct)).isTrue();
  }

  private static String uniqueSku() {
    return "SKU-" + UUID.randomUUID();
  }
}
