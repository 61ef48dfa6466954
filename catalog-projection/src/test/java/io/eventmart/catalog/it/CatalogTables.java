package io.eventmart.catalog.it;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The content of every table of the catalog schema, as plain SQL sees it. */
final class CatalogTables {

  private final JdbcTemplate jdbc;

  CatalogTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A checksum of each table's rows (every column), independent of their physical order. */
  Map<String, String> checksums() {
    Map<String, String> checksums = new TreeMap<>();
    for (String table : tables()) {
      checksums.put(
          table,
          jdbc.queryForObject(
              "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                  + " FROM catalog."
                  + table
                  + " t",
              String.class));
    }
    return checksums;
  }

  /** How many rows each table holds. */
  Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables()) {
      counts.put(table, jdbc.queryForObject("SELECT count(*) FROM catalog." + table, Long.class));
    }
    return counts;
  }

  private List<String> tables() {
    return jdbc.queryForList(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'catalog'"
            + " AND table_name <> 'flyway_history' ORDER BY table_name",
        String.class);
  }
}
