package io.eventmart.order.it;

import static io.eventmart.order.testdata.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FindPaymentMethodForOrder;
import io.eventmart.contracts.order.OrderCommand.CancelOrder;
import io.eventmart.contracts.order.OrderCommand.ConfirmOrder;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import io.eventmart.order.testdata.OrderBuilder;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = OrderTestApplication.class, properties = "axon.axonserver.enabled=false")
class JdbcPaymentMethodVaultIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("order_vault").registerAsDataSource(registry);
  }

  @Autowired PaymentMethodVault vault;
  @Autowired TransactionManager transactions;
  @Autowired QueryGateway queries;
  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;

  private static OrderBuilder aNewOrder() {
    return anOrder().withIdempotencyKey(UUID.randomUUID().toString());
  }

  @Test
  void keepsAPaymentMethodUntilItIsErased() {
    UUID orderId = UUID.randomUUID();

    vault.store(orderId, PaymentMethod.card("tok_visa"));
    assertThat(vault.find(orderId)).contains(PaymentMethod.card("tok_visa"));

    vault.erase(orderId);
    assertThat(vault.find(orderId)).isEmpty();
  }

  @Test
  void replacesWhatItKeptForTheSameOrder() {
    UUID orderId = UUID.randomUUID();

    vault.store(orderId, PaymentMethod.card("tok_visa"));
    vault.store(orderId, PaymentMethod.card("tok_mastercard"));

    assertThat(vault.find(orderId)).contains(PaymentMethod.card("tok_mastercard"));
  }

  @Test
  void recordsWhenItStoredTheEntry() {
    UUID orderId = UUID.randomUUID();

    vault.store(orderId, PaymentMethod.card("tok_visa"));

    assertThat(
            jdbc.queryForObject(
                "SELECT stored_at IS NOT NULL FROM orders.payment_method WHERE order_id = ?",
                Boolean.class,
                orderId))
        .isTrue();
  }

  @Test
  void findsNothingForAnOrderItNeverSaw() {
    UUID orderId = UUID.randomUUID();

    vault.erase(orderId);

    assertThat(vault.find(orderId)).isEmpty();
  }

  @Test
  void writesInTheTransactionOfTheUnitOfWork() {
    UUID orderId = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                transactions.executeInTransaction(
                    () -> {
                      vault.store(orderId, PaymentMethod.card("tok_visa"));
                      throw new IllegalStateException("the unit of work fails after storing");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(vault.find(orderId)).isEmpty();
  }

  @Test
  void answersThePaymentServicesQueryWithTheTokenOfTheOrder() throws Exception {
    OrderBuilder order = aNewOrder().withPaymentMethod(PaymentMethod.card("tok_mastercard"));
    commands.sendAndWait(order.placeOrder());

    Optional<PaymentMethod> answer =
        queries
            .query(
                new FindPaymentMethodForOrder(order.id()),
                ResponseTypes.optionalInstanceOf(PaymentMethod.class))
            .get();

    assertThat(answer).contains(PaymentMethod.card("tok_mastercard"));
  }

  @Test
  void answersTheQueryWithNothingForAnUnknownOrder() throws Exception {
    Optional<PaymentMethod> answer =
        queries
            .query(
                new FindPaymentMethodForOrder(UUID.randomUUID()),
                ResponseTypes.optionalInstanceOf(PaymentMethod.class))
            .get();

    assertThat(answer).isEmpty();
  }

  @Test
  void erasesThePaymentMethodOnceTheOrderIsConfirmed() {
    OrderBuilder order = aNewOrder();
    commands.sendAndWait(order.placeOrder());
    assertThat(vault.find(order.id())).isPresent();

    commands.sendAndWait(new ConfirmOrder(order.id(), PaymentIds.forOrder(order.id())));

    await().atMost(WAIT).until(() -> vault.find(order.id()).isEmpty());
  }

  @Test
  void erasesThePaymentMethodOnceTheOrderIsCancelled() {
    OrderBuilder order = aNewOrder();
    commands.sendAndWait(order.placeOrder());

    commands.sendAndWait(new CancelOrder(order.id(), CancelledBy.CUSTOMER, "changed my mind"));

    await().atMost(WAIT).until(() -> vault.find(order.id()).isEmpty());
  }
}
