package io.eventmart.analytics.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** A checksum of every analytics table's content, to compare the model before and after. */
final class TableChecksums {

  static final List<String> TABLES =
      List.of(
          "processed_event", "orders", "order_lines", "payments", "refunds", "products", "stock");

  private TableChecksums() {}

  static Map<String, String> of(JdbcTemplate jdbc) {
    Map<String, String> checksums = new LinkedHashMap<>();
    for (String table : TABLES) {
      checksums.put(
          table,
          jdbc.queryForObject(
              "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                  + " FROM analytics."
                  + table
                  + " t",
              String.class));
    }
    return checksums;
  }
}
