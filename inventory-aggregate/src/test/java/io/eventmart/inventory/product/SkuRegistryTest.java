package io.eventmart.inventory.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkuRegistryTest {

  @Test
  void comparesSkusWithoutSurroundingWhitespace() {
    assertThat(SkuRegistry.normalise("  MUG-001\t")).isEqualTo("MUG-001");
  }

  @Test
  void comparesSkusRegardlessOfCase() {
    assertThat(SkuRegistry.normalise("mug-001")).isEqualTo(SkuRegistry.normalise("MUG-001"));
  }

  @Test
  void keepsWhitespaceInsideTheSku() {
    assertThat(SkuRegistry.normalise("mug 001")).isEqualTo("MUG 001");
  }
}
