package io.eventmart.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.search.product.ProductDocument;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ElasticsearchConnectionTest {

  private static final ProductDocument LAMP =
      ProductDocument.registered(
          new ProductRegistered(
              UUID.fromString("00000000-0000-0000-0000-000000000001"),
              "L-1",
              "Desk Lamp",
              "LED",
              "Office",
              Money.of("45.10", "EUR")),
          Instant.parse("2026-11-01T10:15:30.123Z"));

  @Test
  void writesDocumentsWithExactPricesIsoTimesAndSuggestions() throws Exception {
    var mapper = ElasticsearchConnection.documentMapper();

    String written = mapper.writeValueAsString(LAMP);
    JsonNode json = mapper.readTree(written);

    assertThat(written).contains("\"price\":45.10");
    assertThat(json.get("createdAt").asText()).isEqualTo("2026-11-01T10:15:30.123Z");
    assertThat(json.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(json.get("suggest"))
        .extracting(JsonNode::asText)
        .containsExactly("Desk Lamp", "Lamp");
  }

  @Test
  void readsADocumentBackAsItWasWritten() throws Exception {
    var mapper = ElasticsearchConnection.documentMapper();

    assertThat(mapper.readValue(mapper.writeValueAsString(LAMP), ProductDocument.class))
        .isEqualTo(LAMP);
  }

  @Test
  void authenticatesWithBasicCredentials() {
    var header = ElasticsearchConnection.basicAuthentication("search", "s3cret");

    assertThat(header.getName()).isEqualTo("Authorization");
    assertThat(header.getValue()).isEqualTo("Basic c2VhcmNoOnMzY3JldA==");
  }
}
