package io.eventmart.edge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

  private static List<RegisterProduct> registrations() {
    return DemoCatalog.ITEMS.stream().map(DemoCatalog::registration).toList();
  }

  @Test
  void offersTwentyProductsInFiveCategoriesAllInStock() {
    assertThat(registrations()).hasSize(20);
    assertThat(registrations().stream().map(RegisterProduct::category).collect(Collectors.toSet()))
        .hasSize(5);
    assertThat(registrations()).allMatch(product -> product.initialStock() > 0);
  }

  @Test
  void registersTheSameProductIdsEveryTime() {
    List<UUID> ids = registrations().stream().map(RegisterProduct::productId).toList();

    assertThat(registrations().stream().map(RegisterProduct::productId).toList()).isEqualTo(ids);
    assertThat(Set.copyOf(ids)).hasSize(ids.size());
    assertThat(registrations().stream().map(RegisterProduct::sku).collect(Collectors.toSet()))
        .hasSize(ids.size());
  }

  @Test
  void registersOnlyValidProducts() {
    try (ValidatorFactory validation =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      assertThat(registrations())
          .allSatisfy(product -> assertThat(validation.getValidator().validate(product)).isEmpty());
    }
  }
}
