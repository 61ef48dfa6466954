package io.eventmart.search.index;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which of the product indexes in Elasticsearch do what: the one searches read (behind the search
 * alias), the one events are written to (behind the write alias), and all of them. Outside a
 * rebuild both aliases point at the same index.
 *
 * @param searchIndex the index behind the search alias, or {@code null} before the first one exists
 * @param writeIndex the index behind the write alias, or {@code null} before the first one exists
 * @param indices every index of this projection, whatever its mapping version
 */
public record IndexLayout(String searchIndex, String writeIndex, Set<String> indices) {

  public IndexLayout {
    indices = Set.copyOf(indices);
  }

  /**
   * Whether a rebuild is filling an index of its own while searches still read the old one (or
   * nothing yet).
   */
  public boolean isRebuilding() {
    return writeIndex != null && !writeIndex.equals(searchIndex);
  }

  /**
   * Indexes behind neither alias: left over by a rebuild that ended (or died) before cleaning up.
   */
  public Set<String> orphans() {
    return indices.stream()
        .filter(index -> !index.equals(searchIndex) && !index.equals(writeIndex))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Whether the searched index was created with the mapping {@code versionedPrefix} stands for. */
  public boolean searchesMapping(String versionedPrefix) {
    return searchIndex != null && searchIndex.startsWith(Objects.requireNonNull(versionedPrefix));
  }
}
