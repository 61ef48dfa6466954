package io.eventmart.platform;

import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderCommand.PlaceOrder;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentEvent;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.contracts.product.StockEvent;
import io.eventmart.contracts.product.StockLevels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * Drives the standalone platform the way the edge will: commands through Axon's gateway. Outcomes
 * are read from the event store itself, by folding each aggregate's own events, so these tests need
 * no read model and check exactly what was recorded.
 */
final class Shop {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "1 Analytical St", "London", "N1 9GU", "GB");

  private static final AtomicInteger skus = new AtomicInteger();

  private final CommandGateway commands;
  private final EventStore events;

  Shop(CommandGateway commands, EventStore events) {
    this.commands = commands;
    this.events = events;
  }

  // ------------------------------------------------------------------ catalog

  record Product(UUID id, String name, Money price) {
    OrderLine line(int quantity) {
      return new OrderLine(id, name, quantity, price);
    }
  }

  Product product(String name, String price, int stock) {
    return product(name, price, stock, 0);
  }

  Product product(String name, String price, int stock, int lowStockThreshold) {
    UUID id = UUID.randomUUID();
    Money money = Money.of(price, "EUR");
    commands.sendAndWait(
        new RegisterProduct(
            id,
            "SKU-" + skus.incrementAndGet() + "-" + id.toString().substring(0, 8),
            name,
            name + " for testing",
            "testing",
            money,
            stock,
            lowStockThreshold));
    return new Product(id, name, money);
  }

  // ------------------------------------------------------------------ orders

  UUID order(String token, OrderLine... lines) {
    return order(UUID.randomUUID(), token, "request-" + UUID.randomUUID(), lines);
  }

  UUID order(UUID customerId, String token, String correlationId, OrderLine... lines) {
    UUID orderId = UUID.randomUUID();
    send(
        new PlaceOrder(
            orderId, customerId, List.of(lines), ADDRESS, PaymentMethod.card(token), null),
        correlationId);
    return orderId;
  }

  void send(Object command, String correlationId) {
    commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(command)
            .andMetaData(
                MetaData.with(EventMetadata.CORRELATION_ID, correlationId)
                    .and(EventMetadata.USER_ID, "platform-test")));
  }

  void send(Object command) {
    commands.sendAndWait(command);
  }

  // ------------------------------------------------------------------ reading the event store

  List<DomainEventMessage<?>> history(UUID aggregateId) {
    List<DomainEventMessage<?>> messages = new ArrayList<>();
    // From the first event, not from the latest snapshot: the whole recorded history.
    events.readEvents(aggregateId.toString(), 0).forEachRemaining(messages::add);
    return messages;
  }

  List<Object> payloads(UUID aggregateId) {
    return history(aggregateId).stream().map(m -> (Object) m.getPayload()).toList();
  }

  OrderStatus orderStatus(UUID orderId) {
    OrderStatus status = null;
    for (Object event : payloads(orderId)) {
      if (event instanceof OrderEvent.OrderPlaced) {
        status = OrderStatus.PENDING;
      } else if (event instanceof OrderEvent.OrderConfirmed) {
        status = OrderStatus.CONFIRMED;
      } else if (event instanceof OrderEvent.OrderProcessingStarted) {
        status = OrderStatus.PROCESSING;
      } else if (event instanceof OrderEvent.OrderShipped) {
        status = OrderStatus.SHIPPED;
      } else if (event instanceof OrderEvent.OrderDelivered) {
        status = OrderStatus.DELIVERED;
      } else if (event instanceof OrderEvent.OrderCancelled) {
        status = OrderStatus.CANCELLED;
      } else if (event instanceof OrderEvent.OrderFailed) {
        status = OrderStatus.FAILED;
      }
    }
    return status;
  }

  Optional<FailureReason> failureReason(UUID orderId) {
    return payloads(orderId).stream()
        .filter(OrderEvent.OrderFailed.class::isInstance)
        .map(e -> ((OrderEvent.OrderFailed) e).reason())
        .findFirst();
  }

  OrderStatus awaitOrder(UUID orderId, OrderStatus expected) {
    await().atMost(PATIENCE).until(() -> orderStatus(orderId) == expected);
    return expected;
  }

  OrderStatus awaitSettled(UUID orderId) {
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              OrderStatus status = orderStatus(orderId);
              return status != null && status != OrderStatus.PENDING;
            });
    return orderStatus(orderId);
  }

  StockLevels stock(UUID productId) {
    StockLevels levels = null;
    for (Object event : payloads(productId)) {
      if (event instanceof StockEvent.StockInitialized e) {
        levels = e.levels();
      } else if (event instanceof StockEvent.StockRestocked e) {
        levels = e.levels();
      } else if (event instanceof StockEvent.StockCountCorrected e) {
        levels = e.levels();
      } else if (event instanceof StockEvent.StockReserved e) {
        levels = e.levels();
      } else if (event instanceof StockEvent.StockReleased e) {
        levels = e.levels();
      } else if (event instanceof StockEvent.StockCommitted e) {
        levels = e.levels();
      }
    }
    return levels;
  }

  void awaitStock(UUID productId, StockLevels expected) {
    await().atMost(PATIENCE).until(() -> expected.equals(stock(productId)));
  }

  UUID paymentOf(UUID orderId) {
    return PaymentIds.forOrder(orderId);
  }

  PaymentStatus paymentStatus(UUID orderId) {
    PaymentStatus status = null;
    for (Object event : payloads(paymentOf(orderId))) {
      if (event instanceof PaymentEvent.PaymentRequested) {
        status = PaymentStatus.PENDING;
      } else if (event instanceof PaymentEvent.PaymentAuthorized) {
        status = PaymentStatus.AUTHORIZED;
      } else if (event instanceof PaymentEvent.PaymentCaptured) {
        status = PaymentStatus.CAPTURED;
      } else if (event instanceof PaymentEvent.PaymentDeclined) {
        status = PaymentStatus.DECLINED;
      } else if (event instanceof PaymentEvent.PaymentFailed) {
        status = PaymentStatus.FAILED;
      } else if (event instanceof PaymentEvent.PaymentVoided) {
        status = PaymentStatus.VOIDED;
      } else if (event instanceof PaymentEvent.PaymentRefunded e) {
        status = e.status();
      }
    }
    return status;
  }

  void awaitPayment(UUID orderId, PaymentStatus expected) {
    await().atMost(PATIENCE).until(() -> paymentStatus(orderId) == expected);
  }
}
