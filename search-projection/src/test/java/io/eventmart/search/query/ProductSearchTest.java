package io.eventmart.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.search.SearchQuery.SearchProducts;
import io.eventmart.contracts.search.SearchQuery.SuggestProducts;
import io.eventmart.contracts.search.SearchSort;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What the search questions send to Elasticsearch (their answers: ProductSearchIT). */
class ProductSearchTest {

  private static final String ALIAS = "products";

  private static SearchProducts everything(PageRequest page) {
    return new SearchProducts(null, null, null, null, null, SearchSort.RELEVANCE, page);
  }

  private static JsonNode json(SearchRequest request) throws Exception {
    return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
  }

  @Test
  void matchesEverythingOnSaleForNoText() throws Exception {
    JsonNode body = json(ProductSearch.searchRequest(everything(PageRequest.first(20)), ALIAS));

    JsonNode bool = body.at("/query/bool");
    assertThat(bool.at("/must/0").has("match_all")).isTrue();
    assertThat(bool.at("/filter")).hasSize(1);
    assertThat(bool.at("/filter/0/term/status/value").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void searchesNameAndDescriptionTolerantOfTypos() throws Exception {
    var query =
        new SearchProducts(
            " kettel ", null, null, null, null, SearchSort.RELEVANCE, PageRequest.first(20));

    JsonNode match =
        json(ProductSearch.searchRequest(query, ALIAS)).at("/query/bool/must/0/multi_match");

    assertThat(match.get("query").asText()).isEqualTo("kettel");
    assertThat(match.get("fields"))
        .extracting(JsonNode::asText)
        .containsExactly("name^3", "description");
    assertThat(match.get("fuzziness").asText()).isEqualTo("AUTO");
  }

  @Test
  void filtersOnlyWhatIsAskedFor() throws Exception {
    var query =
        new SearchProducts(
            null,
            "Kitchen",
            new BigDecimal("10"),
            null,
            false,
            SearchSort.PRICE_ASC,
            PageRequest.first(20));

    JsonNode filters = json(ProductSearch.searchRequest(query, ALIAS)).at("/query/bool/filter");

    assertThat(filters).hasSize(3);
    assertThat(filters.get(1).at("/term/category/value").asText()).isEqualTo("Kitchen");
    assertThat(filters.get(2).at("/range/price/gte").asDouble()).isEqualTo(10.0);
    assertThat(filters.get(2).at("/range/price").has("lte")).isFalse();
  }

  @Test
  void keepsAPageNearTheEndOfTheSearchWindowInsideIt() throws Exception {
    JsonNode body = json(ProductSearch.searchRequest(everything(new PageRequest(101, 99)), ALIAS));

    assertThat(body.get("from").asInt()).isEqualTo(9_999);
    assertThat(body.get("size").asInt()).isEqualTo(1);
    assertThat(body.get("from").asInt() + body.get("size").asInt())
        .isLessThanOrEqualTo(ProductSearch.MAX_RESULT_WINDOW);
  }

  @Test
  void asksOnlyForTotalsAndFacetsBeyondTheSearchWindow() throws Exception {
    JsonNode body = json(ProductSearch.searchRequest(everything(new PageRequest(100, 100)), ALIAS));

    assertThat(body.get("size").asInt()).isZero();
    assertThat(body.get("from").asInt()).isZero();
    assertThat(body.get("track_total_hits").asBoolean()).isTrue();
    assertThat(body.at("/aggregations/categories/terms/field").asText()).isEqualTo("category");
    assertThat(body.at("/aggregations/prices/range/ranges")).hasSize(5);
  }

  @Test
  void endsEverySortWithTheProductIdSoPagesAreStable() throws Exception {
    for (SearchSort sort : SearchSort.values()) {
      var query = new SearchProducts(null, null, null, null, null, sort, PageRequest.first(20));
      JsonNode sorts = json(ProductSearch.searchRequest(query, ALIAS)).get("sort");

      assertThat(sorts.get(sorts.size() - 1).has("productId")).as(sort.name()).isTrue();
    }
  }

  @Test
  void asksForMoreSuggestionsThanTheLimitToAllowForDuplicateNames() throws Exception {
    JsonNode body = json(ProductSearch.suggestRequest(new SuggestProducts(" ket", 4), ALIAS));

    assertThat(body.at("/suggest/names/prefix").asText()).isEqualTo("ket");
    assertThat(body.at("/suggest/names/completion/field").asText()).isEqualTo("suggest");
    assertThat(body.at("/suggest/names/completion/size").asInt()).isGreaterThan(4);
  }
}
