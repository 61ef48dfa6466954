package io.eventmart.edge.catalog;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.product.ProductCommand.ChangeProductDetails;
import io.eventmart.contracts.product.ProductCommand.ChangeProductPrice;
import io.eventmart.contracts.product.ProductCommand.DiscontinueProduct;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.contracts.product.ProductLimits;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.CategoryView;
import io.eventmart.contracts.product.query.ProductPage;
import io.eventmart.contracts.product.query.ProductQuery.FindCategories;
import io.eventmart.contracts.product.query.ProductQuery.FindProduct;
import io.eventmart.contracts.product.query.ProductQuery.FindProducts;
import io.eventmart.contracts.product.query.ProductSort;
import io.eventmart.contracts.product.query.ProductView;
import io.eventmart.edge.catalog.CatalogRequests.ChangePriceRequest;
import io.eventmart.edge.catalog.CatalogRequests.ChangeProductDetailsRequest;
import io.eventmart.edge.catalog.CatalogRequests.RegisterProductRequest;
import io.eventmart.edge.shop.Page;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.PriceRange;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.util.IdGenerator;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The product catalog: anyone browses it, admins maintain it. */
@RestController
@Tag(name = "Products", description = "The product catalog and its categories")
class ProductController {

  private final PlatformGateway platform;
  private final IdGenerator ids;
  private final Clock clock;

  ProductController(PlatformGateway platform, IdGenerator ids, Clock clock) {
    this.platform = platform;
    this.ids = ids;
    this.clock = clock;
  }

  @PostMapping("/api/products")
  @Operation(
      summary = "Register a product",
      description =
          "ADMIN. Adds a product with its opening stock. currency defaults to EUR,"
              + " lowStockThreshold to 5. 201 with the product as registered and its Location"
              + " (the catalog shows it moments later); 409 product.duplicate-sku when another"
              + " product has the SKU; 400 for invalid fields (price with more than 2 decimals,"
              + " unknown currency …).",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "201",
      description = "Registered",
      headers = @Header(name = "Location", description = "the product"))
  @ProblemResponse(
      status = 409,
      description = "The SKU is taken",
      example = ProblemExamples.DUPLICATE_SKU)
  Mono<ResponseEntity<ProductResponse>> register(
      @Valid @RequestBody RegisterProductRequest request) {
    UUID productId = ids.generateId();
    Money price = new Money(request.price(), currencyOrDefault(request.currency()));
    int threshold =
        request.lowStockThreshold() == null
            ? ProductLimits.DEFAULT_LOW_STOCK_THRESHOLD
            : request.lowStockThreshold();
    RegisterProduct command =
        new RegisterProduct(
            productId,
            request.sku().strip(),
            request.name().strip(),
            request.description() == null ? "" : request.description(),
            request.category().strip(),
            price,
            request.initialStock(),
            threshold);
    return platform
        .send(command)
        .then(
            Mono.fromSupplier(
                () ->
                    ResponseEntity.created(URI.create("/api/products/" + productId))
                        .body(registered(command, clock.instant()))));
  }

  @PutMapping("/api/products/{id}")
  @Operation(
      summary = "Change a product's name, description and category",
      description =
          "ADMIN. 204; 404 for an unknown product; 409 for a discontinued one; 400 for invalid"
              + " fields.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Changed")
  @ProblemResponse(
      status = 404,
      description = "No such product",
      example = ProblemExamples.NOT_FOUND)
  Mono<ResponseEntity<Void>> changeDetails(
      @PathVariable UUID id, @Valid @RequestBody ChangeProductDetailsRequest request) {
    return Responses.noContent(
        platform.send(
            new ChangeProductDetails(
                id,
                request.name().strip(),
                request.description() == null ? "" : request.description(),
                request.category().strip())));
  }

  @PutMapping("/api/products/{id}/price")
  @Operation(
      summary = "Change a product's price",
      description =
          "ADMIN. {price, currency?} (currency defaults to EUR and must be the product's). Orders"
              + " placed before keep their price. 204; 404 unknown; 409 discontinued; 422 for"
              + " another currency; 400 invalid.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Changed")
  @ProblemResponse(
      status = 404,
      description = "No such product",
      example = ProblemExamples.NOT_FOUND)
  Mono<ResponseEntity<Void>> changePrice(
      @PathVariable UUID id, @Valid @RequestBody ChangePriceRequest request) {
    return Responses.noContent(
        platform.send(
            new ChangeProductPrice(
                id, new Money(request.price(), currencyOrDefault(request.currency())))));
  }

  @DeleteMapping("/api/products/{id}")
  @Operation(
      summary = "Discontinue a product",
      description =
          "ADMIN. The product takes no new orders; its history is kept. 204 (also when it was"
              + " discontinued already); 404 for an unknown product.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Discontinued")
  @ProblemResponse(
      status = 404,
      description = "No such product",
      example = ProblemExamples.NOT_FOUND)
  Mono<ResponseEntity<Void>> discontinue(@PathVariable UUID id) {
    return Responses.noContent(platform.send(new DiscontinueProduct(id)));
  }

  @GetMapping("/api/products")
  @Operation(
      summary = "Browse products",
      description =
          "Anyone. Filters category, minPrice, maxPrice, inStock; sort name (default),"
              + " price_asc, price_desc or newest; page from 0, size 1..100 (default 20). 400 for"
              + " invalid parameters or minPrice above maxPrice.")
  @ApiResponse(responseCode = "200", description = "A page of products")
  Mono<Page<ProductResponse>> products(
      @RequestParam(required = false) @Size(max = ProductLimits.MAX_CATEGORY_LENGTH) String category,
      @RequestParam(required = false) @PositiveOrZero BigDecimal minPrice,
      @RequestParam(required = false) @PositiveOrZero BigDecimal maxPrice,
      @RequestParam(required = false) Boolean inStock,
      @Parameter(description = "name, price_asc, price_desc or newest")
          @RequestParam(defaultValue = "name")
          @Pattern(
              regexp = "name|price_asc|price_desc|newest",
              flags = Pattern.Flag.CASE_INSENSITIVE,
              message = "must be one of name, price_asc, price_desc, newest")
          String sort,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    PriceRange.require(minPrice, maxPrice);
    FindProducts query =
        new FindProducts(
            category,
            minPrice,
            maxPrice,
            inStock,
            ProductSort.valueOf(sort.toUpperCase(Locale.ROOT)),
            new PageRequest(page, size));
    return platform
        .query(query, ProductPage.class)
        .map(
            found ->
                new Page<>(found.items(), found.page(), found.size(), found.totalItems())
                    .map(ProductResponse::of));
  }

  @GetMapping("/api/products/{id}")
  @Operation(
      summary = "One product",
      description = "Anyone. The product with its stock (availableStock) and status; 404 unknown.")
  @ApiResponse(responseCode = "200", description = "The product")
  @ProblemResponse(
      status = 404,
      description = "No such product",
      example = ProblemExamples.NOT_FOUND)
  Mono<ProductResponse> product(@PathVariable UUID id) {
    return platform
        .find(new FindProduct(id), ProductView.class)
        .map(ProductResponse::of)
        .switchIfEmpty(Mono.error(() -> new NotFound("No product " + id)));
  }

  @GetMapping("/api/categories")
  @Operation(
      summary = "Categories",
      description = "Anyone. Every category with its number of products on sale, by name.")
  @ApiResponse(responseCode = "200", description = "The categories")
  Mono<List<CategoryView>> categories() {
    return platform.list(new FindCategories(), CategoryView.class);
  }

  /** What the product is right after its registration, before the catalog has caught up. */
  static ProductResponse registered(RegisterProduct command, Instant at) {
    return new ProductResponse(
        command.productId(),
        command.sku(),
        command.name(),
        command.description(),
        command.category(),
        command.price().amount(),
        command.price().currency(),
        ProductStatus.ACTIVE,
        command.initialStock(),
        0,
        command.initialStock(),
        command.lowStockThreshold(),
        command.initialStock() < command.lowStockThreshold(),
        at,
        at);
  }

  static String currencyOrDefault(String currency) {
    return currency == null ? Money.DEFAULT_CURRENCY : currency;
  }
}
