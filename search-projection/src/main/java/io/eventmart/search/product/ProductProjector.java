package io.eventmart.search.product;

import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.search.index.ProductIndex;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Keeps the product search index current from the product's catalog and stock events (one
 * aggregate, so one sequence of versions per document).
 *
 * <p>Handlers do not write one by one: each adds its change to the writes pending in the unit of
 * work, and the whole batch the event processor handles in that unit of work goes to Elasticsearch
 * in one bulk request just before the processor stores its token. A failed bulk request fails the
 * batch and the token stays where it was, so nothing is lost; what was written anyway is written
 * again with the same versions, which changes nothing.
 */
@ProcessingGroup(ProductProjector.PROCESSING_GROUP)
public final class ProductProjector {

  /** The processing group, event processor and projection name of the search model. */
  public static final String PROCESSING_GROUP = "search";

  private static final String PENDING_WRITES = PendingWrites.class.getName();

  private final ProductIndexWriter writer;
  private final ProductIndex index;

  public ProductProjector(ProductIndexWriter writer, ProductIndex index) {
    this.writer = writer;
    this.index = index;
  }

  @EventHandler
  void on(
      ProductRegistered event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      UnitOfWork<?> unitOfWork) {
    pending(unitOfWork)
        .add(
            event.productId(),
            sequence,
            before -> Optional.of(ProductDocument.registered(event, at)));
  }

  @EventHandler
  void on(ProductDetailsChanged event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    update(unitOfWork, event.productId(), sequence, document -> document.withDetails(event));
  }

  @EventHandler
  void on(ProductPriceChanged event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    update(unitOfWork, event.productId(), sequence, document -> document.withPrice(event.price()));
  }

  @EventHandler
  void on(ProductDiscontinued event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    update(unitOfWork, event.productId(), sequence, ProductDocument::discontinued);
  }

  @EventHandler
  void on(StockInitialized event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    availability(unitOfWork, event.productId(), sequence, event.levels());
  }

  @EventHandler
  void on(StockRestocked event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    availability(unitOfWork, event.productId(), sequence, event.levels());
  }

  @EventHandler
  void on(StockCountCorrected event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    availability(unitOfWork, event.productId(), sequence, event.levels());
  }

  @EventHandler
  void on(StockReserved event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    availability(unitOfWork, event.productId(), sequence, event.levels());
  }

  @EventHandler
  void on(StockReleased event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    availability(unitOfWork, event.productId(), sequence, event.levels());
  }

  @EventHandler
  void on(StockCommitted event, @SequenceNumber long sequence, UnitOfWork<?> unitOfWork) {
    availability(unitOfWork, event.productId(), sequence, event.levels());
  }

  /**
   * A rebuild replays every event into a fresh index behind the write alias, while searches keep
   * reading the current one until the replay has caught up.
   */
  @ResetHandler
  void startAfresh() {
    index.startRebuild();
  }

  private void availability(
      UnitOfWork<?> unitOfWork, UUID productId, long sequence, StockLevels levels) {
    update(
        unitOfWork,
        productId,
        sequence,
        document -> document.withAvailableStock(levels.available()));
  }

  private void update(
      UnitOfWork<?> unitOfWork,
      UUID productId,
      long sequence,
      UnaryOperator<ProductDocument> change) {
    pending(unitOfWork).add(productId, sequence, before -> before.map(change));
  }

  /**
   * The writes pending in the unit of work of the current batch, flushed once before it commits.
   */
  private PendingWrites pending(UnitOfWork<?> unitOfWork) {
    UnitOfWork<?> batch = unitOfWork.root();
    return batch.getOrComputeResource(
        PENDING_WRITES,
        key -> {
          var writes = new PendingWrites();
          batch.onPrepareCommit(committing -> writer.write(writes));
          return writes;
        });
  }
}
