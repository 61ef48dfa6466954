package io.eventmart.catalog.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code WHERE} clause of a list query whose filters are optional: only the filters a query
 * gives become conditions, each with its value as a bound parameter (never spliced into the SQL).
 */
public final class SqlFilter {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** A condition that always applies. */
  public SqlFilter require(String condition) {
    conditions.add(condition);
    return this;
  }

  /**
   * {@code condition}, which refers to {@code :parameter}, when {@code value} is given; nothing
   * when it is {@code null}.
   */
  public SqlFilter whenGiven(Object value, String condition, String parameter) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** {@code " WHERE a AND b"}, or an empty string without conditions. */
  public String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** The values of the conditions' parameters, by name. */
  public Map<String, Object> parameters() {
    return Map.copyOf(parameters);
  }
}
