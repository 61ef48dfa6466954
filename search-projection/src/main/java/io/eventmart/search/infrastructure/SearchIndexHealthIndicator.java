package io.eventmart.search.infrastructure;

import io.eventmart.search.index.IndexLayout;
import io.eventmart.search.index.ProductIndex;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether product search can answer: Elasticsearch is reachable and an index is behind the search
 * alias. A rebuild in progress is healthy (searches read the old index meanwhile) and shown.
 */
final class SearchIndexHealthIndicator implements HealthIndicator {

  private final ProductIndex index;

  SearchIndexHealthIndicator(ProductIndex index) {
    this.index = index;
  }

  @Override
  public Health health() {
    IndexLayout layout;
    try {
      layout = index.layout();
    } catch (RuntimeException e) {
      return Health.down(e).build();
    }
    if (layout.searchIndex() == null) {
      return Health.down().withDetail("alias", index.searchAlias() + " does not exist yet").build();
    }
    var health =
        Health.up()
            .withDetail("alias", index.searchAlias())
            .withDetail("searchIndex", layout.searchIndex())
            .withDetail("rebuilding", layout.isRebuilding());
    if (layout.isRebuilding()) {
      health.withDetail("rebuiltIndex", layout.writeIndex());
    }
    return health.build();
  }
}
