package io.eventmart.search.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingWritesTest {

  private static final UUID MUG = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID BOWL = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  private static ProductDocument registered(UUID id, String name) {
    return ProductDocument.registered(
        new ProductRegistered(id, "S-" + name, name, "", "Kitchen", Money.of("5.00", "EUR")),
        Instant.parse("2026-11-01T10:00:00Z"));
  }

  private static DocumentChange registration(UUID id, String name) {
    return before -> Optional.of(registered(id, name));
  }

  private static DocumentChange stock(int available) {
    return before -> before.map(document -> document.withAvailableStock(available));
  }

  private static DocumentChange price(String amount) {
    return before -> before.map(document -> document.withPrice(Money.of(amount, "EUR")));
  }

  @Test
  void foldsABatchIntoOneWritePerProductVersionedByItsLastEvent() {
    var pending = new PendingWrites();
    pending.add(MUG, 0, registration(MUG, "Mug"));
    pending.add(BOWL, 0, registration(BOWL, "Bowl"));
    pending.add(MUG, 1, stock(4));
    pending.add(MUG, 2, price("6.00"));

    var writes = pending.resolve(Map.of());

    assertThat(writes)
        .containsExactly(
            new DocumentWrite(
                registered(MUG, "Mug").withAvailableStock(4).withPrice(Money.of("6.00", "EUR")), 2),
            new DocumentWrite(registered(BOWL, "Bowl"), 0));
    assertThat(pending.productIds()).containsExactly(MUG, BOWL);
  }

  @Test
  void appliesChangesOnTopOfTheStoredDocument() {
    var pending = new PendingWrites();
    pending.add(MUG, 5, stock(1));

    var writes = pending.resolve(Map.of(MUG, new StoredDocument(registered(MUG, "Mug"), 4)));

    assertThat(writes)
        .containsExactly(new DocumentWrite(registered(MUG, "Mug").withAvailableStock(1), 5));
  }

  @Test
  void skipsChangesTheStoredDocumentHasAlreadySeen() {
    var pending = new PendingWrites();
    pending.add(MUG, 0, registration(MUG, "Renamed"));
    pending.add(MUG, 3, stock(99));
    pending.add(MUG, 4, price("1.00"));
    pending.add(MUG, 5, stock(2));

    var writes = pending.resolve(Map.of(MUG, new StoredDocument(registered(MUG, "Mug"), 4)));

    assertThat(writes)
        .containsExactly(new DocumentWrite(registered(MUG, "Mug").withAvailableStock(2), 5));
  }

  @Test
  void writesNothingWhenEveryChangeWasSeenBefore() {
    var pending = new PendingWrites();
    pending.add(MUG, 1, stock(99));
    pending.add(MUG, 2, price("1.00"));

    assertThat(pending.resolve(Map.of(MUG, new StoredDocument(registered(MUG, "Mug"), 2))))
        .isEmpty();
  }

  @Test
  void appliesAnEventDeliveredTwiceInOneBatchOnce() {
    var pending = new PendingWrites();
    pending.add(MUG, 3, stock(5));
    pending.add(MUG, 3, stock(5));
    pending.add(MUG, 4, stock(3));
    pending.add(MUG, 3, stock(5));

    assertThat(pending.resolve(Map.of(MUG, new StoredDocument(registered(MUG, "Mug"), 2))))
        .containsExactly(new DocumentWrite(registered(MUG, "Mug").withAvailableStock(3), 4));
  }

  @Test
  void writesNothingForAProductWithoutDocumentOrRegistration() {
    var pending = new PendingWrites();
    pending.add(MUG, 7, price("2.00"));

    assertThat(pending.resolve(Map.of())).isEmpty();
  }

  @Test
  void isEmptyUntilAChangeIsAdded() {
    var pending = new PendingWrites();
    assertThat(pending.isEmpty()).isTrue();

    pending.add(MUG, 0, registration(MUG, "Mug"));

    assertThat(pending.isEmpty()).isFalse();
  }
}
