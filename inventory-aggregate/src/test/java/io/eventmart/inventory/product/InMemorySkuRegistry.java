package io.eventmart.inventory.product;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SKU registry of the fixture tests: claims in a map, with the production rules of identity.
 */
final class InMemorySkuRegistry implements SkuRegistry {

  private final Map<String, UUID> claims = new HashMap<>();

  @Override
  public boolean claim(String sku, UUID productId) {
    return claims
        .computeIfAbsent(SkuRegistry.normalise(sku), unclaimed -> productId)
        .equals(productId);
  }

  Optional<UUID> holderOf(String sku) {
    return Optional.ofNullable(claims.get(SkuRegistry.normalise(sku)));
  }
}
