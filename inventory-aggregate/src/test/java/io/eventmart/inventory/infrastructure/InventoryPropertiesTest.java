package io.eventmart.inventory.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InventoryPropertiesTest {

  @Test
  void acceptsASnapshotAfterEveryEvent() {
    assertThat(new InventoryProperties(1).snapshotThreshold()).isEqualTo(1);
  }

  @Test
  void refusesASnapshotThresholdBelowOne() {
    assertThatThrownBy(() -> new InventoryProperties(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.inventory.snapshot-threshold");
  }
}
