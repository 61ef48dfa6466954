package io.eventmart.payment.gateway;

import io.eventmart.contracts.common.Money;
import io.eventmart.payment.gateway.GatewayOutcome.Approved;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A payment gateway whose answers a test scripts per operation, and which records every call. By
 * default it approves everything with a reference named after the operation.
 */
public final class ScriptedPaymentGateway implements PaymentGateway {

  /** The operations of the port. */
  public enum Operation {
    AUTHORIZE,
    CAPTURE,
    VOID,
    REFUND
  }

  /**
   * One call as the gateway saw it: {@code key} is the idempotency key (payment or refund id);
   * {@code detail} the token (authorize), authorization reference (capture) or amount (refund).
   */
  public record Call(Operation operation, UUID key, Object detail) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<Operation, Function<Call, CompletionStage<GatewayOutcome>>> answers =
      new ConcurrentHashMap<>();

  public ScriptedPaymentGateway() {
    for (Operation operation : Operation.values()) {
      answers.put(operation, call -> approved(operation.name().toLowerCase() + "-ref"));
    }
  }

  /** From now on answers {@code operation} calls with what {@code answer} makes of them. */
  public ScriptedPaymentGateway answering(
      Operation operation, Function<Call, CompletionStage<GatewayOutcome>> answer) {
    answers.put(operation, answer);
    return this;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(Operation operation) {
    return calls.stream().filter(call -> call.operation() == operation).toList();
  }

  public static CompletionStage<GatewayOutcome> approved(String reference) {
    return CompletableFuture.completedFuture(new Approved(reference));
  }

  public static CompletionStage<GatewayOutcome> declined(String reason) {
    return CompletableFuture.completedFuture(new GatewayOutcome.Declined(reason));
  }

  public static CompletionStage<GatewayOutcome> failed(RuntimeException failure) {
    return CompletableFuture.failedFuture(failure);
  }

  @Override
  public CompletionStage<GatewayOutcome> authorize(UUID paymentId, Money amount, String cardToken) {
    return answer(new Call(Operation.AUTHORIZE, paymentId, cardToken));
  }

  @Override
  public CompletionStage<GatewayOutcome> capture(UUID paymentId, String authorizationReference) {
    return answer(new Call(Operation.CAPTURE, paymentId, authorizationReference));
  }

  @Override
  public CompletionStage<GatewayOutcome> voidPayment(UUID paymentId) {
    return answer(new Call(Operation.VOID, paymentId, null));
  }

  @Override
  public CompletionStage<GatewayOutcome> refund(UUID refundId, UUID paymentId, Money amount) {
    return answer(new Call(Operation.REFUND, refundId, amount));
  }

  private CompletionStage<GatewayOutcome> answer(Call call) {
    calls.add(call);
    return answers.get(call.operation()).apply(call);
  }
}
