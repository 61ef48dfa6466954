package io.eventmart.search.product;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.ProductStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A product as the search index holds it (one document per product, its id the product id). The
 * fields are those of {@code product-mapping.json}; the document's version in the index is the
 * sequence number of the last product event applied to it.
 *
 * <p>The suggestion inputs are derived from the name, never stored state of their own: they are
 * written with the document and ignored when it is read back.
 */
@JsonIgnoreProperties(value = "suggest", allowGetters = true)
public record ProductDocument(
    UUID productId,
    String name,
    String description,
    String category,
    BigDecimal price,
    String currency,
    ProductStatus status,
    int availableStock,
    Instant createdAt) {

  /** A product just registered: on sale, no stock until its stock is initialised. */
  public static ProductDocument registered(ProductRegistered event, Instant at) {
    return new ProductDocument(
        event.productId(),
        event.name(),
        event.description(),
        event.category(),
        event.price().amount(),
        event.price().currency(),
        ProductStatus.ACTIVE,
        0,
        at);
  }

  public ProductDocument withDetails(ProductDetailsChanged event) {
    return new ProductDocument(
        productId,
        event.name(),
        event.description(),
        event.category(),
        price,
        currency,
        status,
        availableStock,
        createdAt);
  }

  public ProductDocument withPrice(Money newPrice) {
    return new ProductDocument(
        productId,
        name,
        description,
        category,
        newPrice.amount(),
        newPrice.currency(),
        status,
        availableStock,
        createdAt);
  }

  public ProductDocument withAvailableStock(int available) {
    return new ProductDocument(
        productId, name, description, category, price, currency, status, available, createdAt);
  }

  public ProductDocument discontinued() {
    return new ProductDocument(
        productId,
        name,
        description,
        category,
        price,
        currency,
        ProductStatus.DISCONTINUED,
        availableStock,
        createdAt);
  }

  /**
   * What the completion suggester matches a prefix against: the whole name and every tail of it
   * ("Electric Steel Kettle", "Steel Kettle", "Kettle"), so typing any word of the name suggests
   * the product. A discontinued product is suggested no more.
   */
  @JsonProperty("suggest")
  public List<String> suggest() {
    if (status != ProductStatus.ACTIVE) {
      return List.of();
    }
    List<String> words = Arrays.stream(name.trim().split("\\s+")).toList();
    var tails = new LinkedHashSet<String>();
    for (int first = 0; first < words.size(); first++) {
      tails.add(String.join(" ", words.subList(first, words.size())));
    }
    return new ArrayList<>(tails);
  }
}
