package io.eventmart.inventory.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inventory module ({@code eventmart.inventory.*}). Every setting has a default, so
 * the module runs inside the platform without any configuration.
 *
 * @param snapshotThreshold after how many events a product's state is stored as a snapshot, so that
 *     loading a busy product reads one snapshot and few events instead of its whole history
 */
@ConfigurationProperties("eventmart.inventory")
public record InventoryProperties(@DefaultValue("100") int snapshotThreshold) {

  public InventoryProperties {
    if (snapshotThreshold < 1) {
      throw new IllegalArgumentException(
          "eventmart.inventory.snapshot-threshold must be at least 1, not " + snapshotThreshold);
    }
  }
}
