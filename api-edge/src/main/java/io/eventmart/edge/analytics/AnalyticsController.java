package io.eventmart.edge.analytics;

import io.eventmart.contracts.analytics.AnalyticsQuery;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetLowStock;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesOverTime;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesSummary;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetTopProducts;
import io.eventmart.contracts.analytics.AnalyticsQuery.WatchSalesSummary;
import io.eventmart.contracts.analytics.BucketSize;
import io.eventmart.contracts.analytics.LowStockItem;
import io.eventmart.contracts.analytics.SalesBucket;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.analytics.TopProduct;
import io.eventmart.contracts.common.Money;
import io.eventmart.edge.infrastructure.EdgeProperties;
import io.eventmart.edge.shop.CurrencyCode;
import io.eventmart.edge.shop.EventStreams;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.ProblemExamples;
import io.eventmart.edge.shop.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sales figures for analysts and admins, from the analytics model. Windows are [from, to) in ISO
 * instants, by default the last 24 hours; amounts are in one currency, by default EUR.
 */
@RestController
@Tag(name = "Analytics", description = "Sales figures, best sellers, low stock, live summary")
class AnalyticsController {

  static final String SUMMARY_EVENT = "summary";
  static final int DEFAULT_TOP_PRODUCTS = 10;

  private static final String SALES_CSV_EXAMPLE =
      "bucketStart,orders,units,revenue\r\n2026-11-23T10:00:00Z,3,7,123.40\r\n";

  private static final String WINDOW =
      " from and to are ISO-8601 instants (default: the last 24 hours); from must be before to."
          + " currency defaults to EUR.";

  private final PlatformGateway platform;
  private final Clock clock;
  private final Duration heartbeat;

  AnalyticsController(PlatformGateway platform, Clock clock, EdgeProperties properties) {
    this.platform = platform;
    this.clock = clock;
    this.heartbeat = properties.heartbeat();
  }

  @GetMapping("/api/analytics/summary")
  @Operation(
      summary = "Sales summary of a window",
      description =
          "ANALYST, ADMIN. {ordersPlaced, ordersConfirmed, ordersCancelled, ordersFailed,"
              + " grossRevenue, refunded, netRevenue, averageOrderValue, unitsSold, conversionRate,"
              + " paymentDeclineRate, currency}."
              + WINDOW
              + " 400 for an invalid window or currency.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The summary")
  @ProblemResponse(
      status = 400,
      description = "Invalid window or currency",
      example = ProblemExamples.INVALID)
  Mono<SummaryResponse> summary(
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = Money.DEFAULT_CURRENCY) @CurrencyCode String currency) {
    AnalyticsWindow window = AnalyticsWindow.ending(from, to, clock.instant());
    return platform
        .query(new GetSalesSummary(window.from(), window.to(), currency), SalesSummary.class)
        .map(SummaryResponse::of);
  }

  @GetMapping(path = "/api/analytics/sales", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Sales over time",
      description =
          "ANALYST, ADMIN. [{bucketStart, orders, units, revenue}] per bucket (minute, hour"
              + " (default) or day), oldest first, empty buckets included; with Accept: text/csv"
              + " the same as CSV."
              + WINDOW
              + " 400 for an invalid window, bucket or currency, or more than 10000 buckets.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "200",
      description = "The buckets",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = SalesBucket.class))),
        @Content(
            mediaType = SalesCsv.MEDIA_TYPE,
            schema = @Schema(type = "string"),
            examples = @ExampleObject(value = SALES_CSV_EXAMPLE))
      })
  Mono<List<SalesBucket>> sales(
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @Parameter(description = "minute, hour or day")
          @RequestParam(defaultValue = "hour")
          @Pattern(
              regexp = "minute|hour|day",
              flags = Pattern.Flag.CASE_INSENSITIVE,
              message = "must be one of minute, hour, day")
          String bucket,
      @RequestParam(defaultValue = Money.DEFAULT_CURRENCY) @CurrencyCode String currency) {
    AnalyticsWindow window = AnalyticsWindow.ending(from, to, clock.instant());
    BucketSize size = BucketSize.valueOf(bucket.toUpperCase(Locale.ROOT));
    window.requireAtMostMaxBuckets(size);
    return platform.list(
        new GetSalesOverTime(window.from(), window.to(), size, currency), SalesBucket.class);
  }

  /** The CSV answer of {@code /api/analytics/sales}, described with the JSON one. */
  @GetMapping(path = "/api/analytics/sales", produces = SalesCsv.MEDIA_TYPE)
  @Operation(hidden = true)
  Mono<String> salesCsv(
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "hour")
          @Pattern(
              regexp = "minute|hour|day",
              flags = Pattern.Flag.CASE_INSENSITIVE,
              message = "must be one of minute, hour, day")
          String bucket,
      @RequestParam(defaultValue = Money.DEFAULT_CURRENCY) @CurrencyCode String currency) {
    return sales(from, to, bucket, currency).map(SalesCsv::render);
  }

  @GetMapping("/api/analytics/top-products")
  @Operation(
      summary = "Best sellers of a window",
      description =
          "ANALYST, ADMIN. [{productId, name, units, revenue}] of the orders confirmed in the"
              + " window, best first; limit 1..100 (default 10)."
              + WINDOW,
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The best sellers")
  Mono<List<TopProduct>> topProducts(
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "" + DEFAULT_TOP_PRODUCTS)
          @Min(1) @Max(AnalyticsQuery.MAX_TOP_PRODUCTS) int limit,
      @RequestParam(defaultValue = Money.DEFAULT_CURRENCY) @CurrencyCode String currency) {
    AnalyticsWindow window = AnalyticsWindow.ending(from, to, clock.instant());
    return platform.list(
        new GetTopProducts(window.from(), window.to(), limit, currency), TopProduct.class);
  }

  @GetMapping("/api/analytics/low-stock")
  @Operation(
      summary = "Products low on stock",
      description =
          "ANALYST, ADMIN. [{productId, name, available, threshold, since}], lowest availability"
              + " first.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The products below their threshold")
  Mono<List<LowStockItem>> lowStock() {
    return platform.list(new GetLowStock(), LowStockItem.class);
  }

  @GetMapping(path = "/api/analytics/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      summary = "The sales summary, live",
      description =
          "ANALYST, ADMIN. Server-sent events named summary with the summary's JSON: first the"
              + " current one, then a new one whenever it changes; heartbeat comments every"
              + " eventmart.edge.heartbeat (15 s). By default the window is the last 24 hours and"
              + " the next 24, so orders made while the stream is open count. 400 for an invalid"
              + " window or currency.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The event stream")
  Flux<ServerSentEvent<SummaryResponse>> stream(
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = Money.DEFAULT_CURRENCY) @CurrencyCode String currency) {
    AnalyticsWindow window = AnalyticsWindow.live(from, to, clock.instant());
    return platform
        .subscribe(
            new WatchSalesSummary(window.from(), window.to(), currency),
            ResponseTypes.instanceOf(SalesSummary.class),
            SalesSummary.class)
        .flatMapMany(
            result ->
                EventStreams.withHeartbeats(
                        platform
                            .initialResultOf(result)
                            .concatWith(result.updates())
                            .map(AnalyticsController::event),
                        heartbeat)
                    .doFinally(signal -> result.close()));
  }

  private static ServerSentEvent<SummaryResponse> event(SalesSummary summary) {
    return ServerSentEvent.builder(SummaryResponse.of(summary)).event(SUMMARY_EVENT).build();
  }
}
