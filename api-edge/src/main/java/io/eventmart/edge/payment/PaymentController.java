package io.eventmart.edge.payment;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.payment.PaymentCommand.RefundPayment;
import io.eventmart.contracts.payment.query.PaymentQuery.FindPayment;
import io.eventmart.contracts.payment.query.PaymentQuery.FindPaymentForOrder;
import io.eventmart.contracts.payment.query.PaymentView;
import io.eventmart.edge.payment.PaymentResponses.PaymentResponse;
import io.eventmart.edge.payment.PaymentResponses.RefundAccepted;
import io.eventmart.edge.security.CurrentUser;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.ProblemExamples;
import io.eventmart.edge.shop.ProblemResponse;
import io.eventmart.edge.shop.Responses;
import io.eventmart.edge.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.util.IdGenerator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Payments: their owner and admins read them; admins refund them. Another customer's payment
 * answers 404, like another customer's order.
 */
@RestController
@Tag(name = "Payments", description = "Payments of orders and their refunds")
class PaymentController {

  static final String REFUND_REASON = "Refunded by an administrator";

  private final PlatformGateway platform;
  private final IdGenerator ids;

  PaymentController(PlatformGateway platform, IdGenerator ids) {
    this.platform = platform;
    this.ids = ids;
  }

  @GetMapping("/api/payments/{id}")
  @Operation(
      summary = "One payment",
      description =
          "The paying customer, ADMIN. {paymentId, orderId, amount, currency, status,"
              + " gatewayReference, failureReason, refundedAmount, history}; 404 for an unknown"
              + " payment or another customer's.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The payment")
  @ProblemResponse(
      status = 404,
      description = "No such payment (or not yours)",
      example = ProblemExamples.NOT_FOUND)
  Mono<PaymentResponse> payment(@PathVariable UUID id, @Parameter(hidden = true) CurrentUser user) {
    return visible(platform.find(new FindPayment(id), PaymentView.class), user, "No payment " + id)
        .map(PaymentResponse::of);
  }

  @GetMapping("/api/orders/{id}/payment")
  @Operation(
      summary = "The payment of an order",
      description =
          "The order's owner, ADMIN. The same shape as /api/payments/{id}; 404 when the order is"
              + " unknown, another customer's, or has no payment (yet).",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The payment")
  @ProblemResponse(
      status = 404,
      description = "No payment (or not yours)",
      example = ProblemExamples.NOT_FOUND)
  Mono<PaymentResponse> paymentOfOrder(
      @PathVariable UUID id, @Parameter(hidden = true) CurrentUser user) {
    return visible(
            platform.find(new FindPaymentForOrder(id), PaymentView.class),
            user,
            "No payment for order " + id)
        .map(PaymentResponse::of);
  }

  @PostMapping("/api/payments/{id}/refund")
  @Operation(
      summary = "Refund a payment",
      description =
          "ADMIN. Optional {amount} in the payment's currency; by default all that is left. 202"
              + " with {paymentId, refundId}; the payment becomes PARTIALLY_REFUNDED or REFUNDED"
              + " once the gateway paid it back. 404 unknown; 409 when the payment was not"
              + " captured; 422 for more than is left.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "202",
      description = "Refund requested",
      headers = @Header(name = "Location", description = "the payment"))
  @ProblemResponse(
      status = 404,
      description = "No such payment",
      example = ProblemExamples.NOT_FOUND)
  Mono<ResponseEntity<RefundAccepted>> refund(
      @PathVariable UUID id, @Valid @RequestBody(required = false) RefundRequest request) {
    UUID refundId = ids.generateId();
    return platform
        .find(new FindPayment(id), PaymentView.class)
        .switchIfEmpty(Mono.error(() -> new NotFound("No payment " + id)))
        .flatMap(
            payment -> {
              Money amount =
                  request == null || request.amount() == null
                      ? null
                      : new Money(request.amount(), payment.currency());
              return platform.send(new RefundPayment(id, refundId, amount, REFUND_REASON));
            })
        .then(
            Mono.fromSupplier(
                () -> Responses.accepted("/api/payments/" + id, new RefundAccepted(id, refundId))));
  }

  private static Mono<PaymentView> visible(
      Mono<PaymentView> payment, CurrentUser user, String notFound) {
    return payment
        .filter(found -> user.mayAccessDataOf(found.customerId()))
        .switchIfEmpty(Mono.error(() -> new NotFound(notFound)));
  }
}
