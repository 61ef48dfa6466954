package io.eventmart.audit.state;

import static io.eventmart.audit.state.SampleEvents.KETTLE;
import static io.eventmart.audit.state.SampleEvents.ORDER;
import static io.eventmart.audit.state.SampleEvents.OTHER_ORDER;
import static io.eventmart.audit.state.SampleEvents.lowStockDetected;
import static io.eventmart.audit.state.SampleEvents.lowStockResolved;
import static io.eventmart.audit.state.SampleEvents.productPriceChanged;
import static io.eventmart.audit.state.SampleEvents.productRegistered;
import static io.eventmart.audit.state.SampleEvents.stockCommitted;
import static io.eventmart.audit.state.SampleEvents.stockCountCorrected;
import static io.eventmart.audit.state.SampleEvents.stockInitialized;
import static io.eventmart.audit.state.SampleEvents.stockReleased;
import static io.eventmart.audit.state.SampleEvents.stockReservationRejected;
import static io.eventmart.audit.state.SampleEvents.stockReserved;
import static io.eventmart.audit.state.SampleEvents.stockRestocked;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.InventoryState;
import io.eventmart.contracts.audit.InventoryState.StockHold;
import io.eventmart.contracts.audit.StateAsOf;
import io.eventmart.contracts.product.StockLevels;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryFoldTest {

  private final AggregateStream stream =
      AggregateStream.of(
          productRegistered(), // 0
          stockInitialized(), // 1: 10 on hand, threshold 3
          stockRestocked(), // 2: 15
          stockCountCorrected(), // 3: 12
          stockReserved(ORDER, 4, StockLevels.of(12, 4)), // 4
          stockReserved(OTHER_ORDER, 6, StockLevels.of(12, 10)), // 5
          lowStockDetected(), // 6
          stockReservationRejected(), // 7
          productPriceChanged(), // 8
          stockReleased(OTHER_ORDER, 6, StockLevels.of(12, 4)), // 9
          lowStockResolved(), // 10
          stockCommitted(ORDER, 4, StockLevels.of(8, 0))); // 11

  private final Rebuild inventory = Rebuild.of(AuditedAggregateType.INVENTORY, KETTLE, stream);

  @Test
  void startsWithTheOpeningStock() {
    assertThat(inventory.atVersion(1, InventoryState.class))
        .isEqualTo(new InventoryState(KETTLE, 10, 0, 10, 3, false, List.of()));
  }

  @Test
  void hasNoStockBeforeItsStockWasInitialised() {
    // The product was registered at version 0, but its stock starts with version 1.
    assertThat(inventory.atVersion(0)).isEmpty();
  }

  @Test
  void takesTheLevelsEachStockEventRecorded() {
    assertThat(inventory.atVersion(2, InventoryState.class).onHand()).isEqualTo(15);
    assertThat(inventory.atVersion(3, InventoryState.class).onHand()).isEqualTo(12);
  }

  @Test
  void showsTheUnitsHeldPerOrder() {
    InventoryState reserved = inventory.atVersion(6, InventoryState.class);

    assertThat(reserved.reserved()).isEqualTo(10);
    assertThat(reserved.available()).isEqualTo(2);
    assertThat(reserved.lowStock()).isTrue();
    assertThat(reserved.holds())
        .containsExactly(new StockHold(ORDER, 4), new StockHold(OTHER_ORDER, 6));
  }

  @Test
  void changesNothingForARefusedReservation() {
    assertThat(inventory.atVersion(7, InventoryState.class))
        .isEqualTo(inventory.atVersion(6, InventoryState.class));
  }

  @Test
  void reflectsTheLastStockEventNotTheCatalogEventsAroundIt() {
    StateAsOf atEight = inventory.atVersion(8).orElseThrow();

    assertThat(atEight.version()).isEqualTo(7);
  }

  @Test
  void givesBackReleasedUnitsAndLetsCommittedOnesLeave() {
    InventoryState released = inventory.atVersion(10, InventoryState.class);
    assertThat(released.holds()).containsExactly(new StockHold(ORDER, 4));
    assertThat(released.lowStock()).isFalse();

    assertThat(inventory.latest(InventoryState.class))
        .isEqualTo(new InventoryState(KETTLE, 8, 0, 8, 3, false, List.of()));
  }

  @Test
  void showsTheStockAsItWasAtAMoment() {
    InventoryState beforeTheRelease =
        inventory.at(AggregateStream.timeOf(9).minusSeconds(1), InventoryState.class);

    assertThat(beforeTheRelease.reserved()).isEqualTo(10);
    assertThat(beforeTheRelease.holds()).hasSize(2);
  }
}
