package io.eventmart.edge.cart;

import io.eventmart.contracts.cart.CartCommand.AddItemToCart;
import io.eventmart.contracts.cart.CartCommand.ChangeCartItemQuantity;
import io.eventmart.contracts.cart.CartCommand.ClearCart;
import io.eventmart.contracts.cart.CartCommand.RemoveCartItem;
import io.eventmart.contracts.cart.query.CartQuery.FindCart;
import io.eventmart.contracts.cart.query.CartView;
import io.eventmart.edge.cart.CartRequests.AddCartItemRequest;
import io.eventmart.edge.cart.CartRequests.CartQuantityRequest;
import io.eventmart.edge.cart.CartRequests.CheckoutRequest;
import io.eventmart.edge.order.OrderPlacement;
import io.eventmart.edge.order.OrderResponses.OrderAccepted;
import io.eventmart.edge.security.CurrentUser;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.ProblemExamples;
import io.eventmart.edge.shop.ProblemResponse;
import io.eventmart.edge.shop.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The caller's own cart (its id is the customer's id). Changes answer 204 at once; the cart read
 * model shows them moments later.
 */
@RestController
@Tag(name = "Cart", description = "The customer's cart and its checkout")
class CartController {

  private final PlatformGateway platform;
  private final CartCheckout checkout;

  CartController(PlatformGateway platform, CartCheckout checkout) {
    this.platform = platform;
    this.checkout = checkout;
  }

  @GetMapping("/api/cart")
  @Operation(
      summary = "The caller's cart",
      description =
          "CUSTOMER. Lines at current prices with line totals, and the cart total (an empty cart"
              + " when nothing was added yet).",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The cart")
  Mono<CartResponse> cart(@Parameter(hidden = true) CurrentUser user) {
    return platform.query(new FindCart(user.id()), CartView.class).map(CartResponse::of);
  }

  @PostMapping("/api/cart/items")
  @Operation(
      summary = "Add a product to the cart",
      description =
          "CUSTOMER. {productId, quantity}; adding a product already in the cart adds to its"
              + " quantity. 204; 422 for an unknown or discontinued product, a line over 1000"
              + " units or a cart over 100 lines; 400 invalid.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Added")
  @ProblemResponse(status = 422, description = "Refused", example = ProblemExamples.REJECTED)
  Mono<ResponseEntity<Void>> addItem(
      @Valid @RequestBody AddCartItemRequest request, @Parameter(hidden = true) CurrentUser user) {
    return Responses.noContent(
        platform.send(new AddItemToCart(user.id(), request.productId(), request.quantity())));
  }

  @PutMapping("/api/cart/items/{productId}")
  @Operation(
      summary = "Change a line's quantity",
      description =
          "CUSTOMER. {quantity}; 0 removes the line. 204; 404 when the product is not in the cart;"
              + " 400 invalid.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Changed")
  @ProblemResponse(
      status = 404,
      description = "Not in the cart",
      example = ProblemExamples.NOT_FOUND)
  Mono<ResponseEntity<Void>> changeQuantity(
      @PathVariable UUID productId,
      @Valid @RequestBody CartQuantityRequest request,
      @Parameter(hidden = true) CurrentUser user) {
    return Responses.noContent(
        platform.send(new ChangeCartItemQuantity(user.id(), productId, request.quantity())));
  }

  @DeleteMapping("/api/cart/items/{productId}")
  @Operation(
      summary = "Remove a line",
      description = "CUSTOMER. 204, also when the product was not in the cart.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Removed")
  Mono<ResponseEntity<Void>> removeItem(
      @PathVariable UUID productId, @Parameter(hidden = true) CurrentUser user) {
    return Responses.noContent(platform.send(new RemoveCartItem(user.id(), productId)));
  }

  @DeleteMapping("/api/cart")
  @Operation(
      summary = "Empty the cart",
      description = "CUSTOMER. 204, also when it was empty.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Emptied")
  Mono<ResponseEntity<Void>> clear(@Parameter(hidden = true) CurrentUser user) {
    return Responses.noContent(platform.send(new ClearCart(user.id())));
  }

  @PostMapping("/api/cart/checkout")
  @Operation(
      summary = "Check out the cart",
      description =
          "CUSTOMER. {shippingAddress, paymentMethod}; optional Idempotency-Key as for POST"
              + " /api/orders. Places an order of the cart's lines at the current prices and"
              + " empties the cart, both or neither. 202 with {orderId, status: PENDING} and a"
              + " Location; 422 cart.empty for an empty cart, order.product-unavailable for a"
              + " discontinued product; 400 invalid.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "202",
      description = "Accepted; the order is PENDING",
      headers = @Header(name = "Location", description = "the order"))
  @ProblemResponse(status = 422, description = "Refused", example = ProblemExamples.REJECTED)
  Mono<ResponseEntity<OrderAccepted>> checkOut(
      @Valid @RequestBody CheckoutRequest request,
      @Parameter(description = "makes the request safe to retry (at most 200 characters)")
          @RequestHeader(name = OrderPlacement.IDEMPOTENCY_KEY, required = false)
          String idempotencyKey,
      @Parameter(hidden = true) CurrentUser user) {
    return checkout
        .checkOut(user.id(), idempotencyKey, request)
        .map(accepted -> Responses.accepted("/api/orders/" + accepted.orderId(), accepted));
  }
}
