package io.eventmart.edge.catalog;

import io.eventmart.contracts.product.ProductCommand.CorrectStockCount;
import io.eventmart.contracts.product.ProductCommand.RestockProduct;
import io.eventmart.contracts.product.query.InventoryView;
import io.eventmart.contracts.product.query.ProductQuery.FindInventory;
import io.eventmart.edge.catalog.CatalogRequests.RestockRequest;
import io.eventmart.edge.catalog.CatalogRequests.StockCountRequest;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.ProblemExamples;
import io.eventmart.edge.shop.ProblemResponse;
import io.eventmart.edge.shop.Responses;
import io.eventmart.edge.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A product's stock: anyone reads it, admins restock and correct the count. */
@RestController
@Tag(name = "Inventory", description = "Stock levels, restocking and count corrections")
class InventoryController {

  private final PlatformGateway platform;

  InventoryController(PlatformGateway platform) {
    this.platform = platform;
  }

  @GetMapping("/api/inventory/{productId}")
  @Operation(
      summary = "A product's stock",
      description =
          "Anyone. {productId, onHand, reserved, available, lowStockThreshold}; 404 unknown.")
  @ApiResponse(responseCode = "200", description = "The stock")
  @ProblemResponse(
      status = 404,
      description = "No such product",
      example = ProblemExamples.NOT_FOUND)
  Mono<InventoryView> inventory(@PathVariable UUID productId) {
    return platform
        .find(new FindInventory(productId), InventoryView.class)
        .switchIfEmpty(Mono.error(() -> new NotFound("No product " + productId)));
  }

  @PostMapping("/api/inventory/{productId}/restock")
  @Operation(
      summary = "Restock a product",
      description =
          "ADMIN. {quantity} (> 0) units are added to the stock on hand. 204; 404 unknown; 409"
              + " discontinued; 400 for a quantity below 1.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Restocked")
  @ProblemResponse(
      status = 400,
      description = "Invalid quantity",
      example = ProblemExamples.INVALID)
  Mono<ResponseEntity<Void>> restock(
      @PathVariable UUID productId, @Valid @RequestBody RestockRequest request) {
    return Responses.noContent(platform.send(new RestockProduct(productId, request.quantity())));
  }

  @PutMapping("/api/inventory/{productId}")
  @Operation(
      summary = "Correct the stock count",
      description =
          "ADMIN. {onHand, reason}: the count after a physical count. 204; 404 unknown; 422"
              + " product.count-below-reserved when fewer units than are held for orders; 400"
              + " invalid.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Corrected")
  @ProblemResponse(
      status = 404,
      description = "No such product",
      example = ProblemExamples.NOT_FOUND)
  Mono<ResponseEntity<Void>> correctCount(
      @PathVariable UUID productId, @Valid @RequestBody StockCountRequest request) {
    return Responses.noContent(
        platform.send(new CorrectStockCount(productId, request.onHand(), request.reason())));
  }
}
