package io.eventmart.edge.search;

import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.product.ProductLimits;
import io.eventmart.contracts.search.SearchQuery;
import io.eventmart.contracts.search.SearchQuery.SearchProducts;
import io.eventmart.contracts.search.SearchQuery.SuggestProducts;
import io.eventmart.contracts.search.SearchResult;
import io.eventmart.contracts.search.SearchSort;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.PriceRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Full-text product search and name suggestions, for anyone. */
@RestController
@Tag(name = "Search", description = "Typo-tolerant product search with facets, and suggestions")
class SearchController {

  private final PlatformGateway platform;

  SearchController(PlatformGateway platform) {
    this.platform = platform;
  }

  @GetMapping("/api/search")
  @Operation(
      summary = "Search products",
      description =
          "Anyone. q searches names (weighted) and descriptions and tolerates typos; a missing q"
              + " matches every product. Filters category, minPrice, maxPrice, inStock; sort"
              + " relevance (default), price_asc, price_desc or newest; page from 0, size 1..100."
              + " Answers {items, page, size, totalItems, facets: {categories, priceRanges}}. 400"
              + " for invalid parameters.")
  @ApiResponse(responseCode = "200", description = "A page of hits with facets")
  Mono<SearchResponse> search(
      @RequestParam(required = false) @Size(max = SearchQuery.MAX_QUERY_LENGTH) String q,
      @RequestParam(required = false) @Size(max = ProductLimits.MAX_CATEGORY_LENGTH) String category,
      @RequestParam(required = false) @PositiveOrZero BigDecimal minPrice,
      @RequestParam(required = false) @PositiveOrZero BigDecimal maxPrice,
      @RequestParam(required = false) Boolean inStock,
      @Parameter(description = "relevance, price_asc, price_desc or newest")
          @RequestParam(defaultValue = "relevance")
          @Pattern(
              regexp = "relevance|price_asc|price_desc|newest",
              flags = Pattern.Flag.CASE_INSENSITIVE,
              message = "must be one of relevance, price_asc, price_desc, newest")
          String sort,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    PriceRange.require(minPrice, maxPrice);
    SearchProducts query =
        new SearchProducts(
            q,
            category,
            minPrice,
            maxPrice,
            inStock,
            SearchSort.valueOf(sort.toUpperCase(Locale.ROOT)),
            new PageRequest(page, size));
    return platform.query(query, SearchResult.class).map(SearchResponse::of);
  }

  @GetMapping("/api/search/suggestions")
  @Operation(
      summary = "Suggest product names",
      description =
          "Anyone. Up to limit (1..10, default 10) product names starting with q. 400 for a"
              + " missing q.")
  @ApiResponse(responseCode = "200", description = "Product names")
  Mono<List<String>> suggestions(
      @RequestParam(required = false) @NotBlank @Size(max = SearchQuery.MAX_QUERY_LENGTH) String q,
      @RequestParam(defaultValue = "" + SearchQuery.MAX_SUGGESTIONS)
          @Min(1) @Max(SearchQuery.MAX_SUGGESTIONS) int limit) {
    return platform.list(new SuggestProducts(q.strip(), limit), String.class);
  }
}
