package io.eventmart.contracts.search;

import io.eventmart.contracts.common.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Questions answered by the search model (search-projection, Elasticsearch). */
public sealed interface SearchQuery {

  int MAX_QUERY_LENGTH = 200;
  int MAX_SUGGESTIONS = 10;

  /**
   * Full-text search over name (boosted) and description, typo-tolerant, with optional filters
   * ({@code null} = none); answered with a {@link SearchResult}. A blank {@code text} matches every
   * product.
   */
  record SearchProducts(
      @Size(max = MAX_QUERY_LENGTH) String text,
      String category,
      BigDecimal minPrice,
      BigDecimal maxPrice,
      Boolean inStock,
      @NotNull SearchSort sort,
      @NotNull @Valid PageRequest page)
      implements SearchQuery {}

  /** Product names starting with {@code prefix}; answered with a list of strings. */
  record SuggestProducts(
      @NotBlank @Size(max = MAX_QUERY_LENGTH) String prefix,
      @Min(1) @Max(MAX_SUGGESTIONS) int limit)
      implements SearchQuery {}
}
