package io.eventmart.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexLayoutTest {

  private static final String OLD = "products-v1-20261101-100000-000";
  private static final String NEW = "products-v1-20261102-100000-000";
  private static final String LEFT_OVER = "products-v1-20261030-100000-000";

  @Test
  void isNotRebuildingWhileBothAliasesShareAnIndex() {
    var layout = new IndexLayout(OLD, OLD, Set.of(OLD));

    assertThat(layout.isRebuilding()).isFalse();
    assertThat(layout.orphans()).isEmpty();
  }

  @Test
  void isRebuildingWhileWritesGoToAnotherIndexThanSearches() {
    assertThat(new IndexLayout(OLD, NEW, Set.of(OLD, NEW)).isRebuilding()).isTrue();
  }

  @Test
  void isRebuildingWhenOnlyTheWriteAliasExists() {
    assertThat(new IndexLayout(null, NEW, Set.of(NEW)).isRebuilding()).isTrue();
  }

  @Test
  void hasNothingToRebuildBeforeAnyIndexExists() {
    var nothing = new IndexLayout(null, null, Set.of());

    assertThat(nothing.isRebuilding()).isFalse();
    assertThat(nothing.orphans()).isEmpty();
    assertThat(nothing.searchesMapping("products-v1-")).isFalse();
  }

  @Test
  void findsTheIndexesBehindNeitherAlias() {
    var layout = new IndexLayout(OLD, NEW, Set.of(LEFT_OVER, OLD, NEW));

    assertThat(layout.orphans()).containsExactly(LEFT_OVER);
  }

  @Test
  void tellsWhichMappingVersionIsSearched() {
    var layout = new IndexLayout("products-v0-20250101-000000-000", OLD, Set.of());

    assertThat(layout.searchesMapping("products-v1-")).isFalse();
    assertThat(layout.searchesMapping("products-v0-")).isTrue();
  }
}
