package io.eventmart.analytics.ingest;

import io.eventmart.contracts.integration.IntegrationEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Typed reading of an integration event's {@code data}, as docs/integration-events.md describes it.
 * A field that is missing or has the wrong shape is a data error: the event breaks the contract and
 * is a {@link PoisonMessageException}.
 */
public final class EventData {

  private final String type;
  private final Map<String, Object> fields;

  private EventData(String type, Map<String, Object> fields) {
    this.type = type;
    this.fields = fields;
  }

  public static EventData of(IntegrationEvent event) {
    return new EventData(event.type(), event.data());
  }

  public UUID uuid(String name) {
    String value = text(name);
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw invalid(name, "is not a UUID: " + value);
    }
  }

  /** A string field that must be there. */
  public String text(String name) {
    Object value = required(name);
    if (!(value instanceof String text)) {
      throw invalid(name, "is not a string");
    }
    return text;
  }

  /** A string field that may be missing or {@code null}. */
  public String optionalText(String name) {
    Object value = fields.get(name);
    return value == null ? null : text(name);
  }

  public int integer(String name) {
    Object value = required(name);
    if (!(value instanceof Number number)
        || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw invalid(name, "is not a whole number: " + value);
    }
    return Math.toIntExact(number.longValue());
  }

  /** A whole number that may be missing or {@code null}. */
  public Integer optionalInteger(String name) {
    return fields.get(name) == null ? null : integer(name);
  }

  /** An amount: a decimal string (or number) with at most two places. */
  public BigDecimal amount(String name) {
    Object value = required(name);
    try {
      return new BigDecimal(value.toString()).setScale(2, RoundingMode.UNNECESSARY);
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid(name, "is not an amount with two decimal places: " + value);
    }
  }

  /** An ISO 4217 currency code. */
  public String currency(String name) {
    String currency = text(name);
    if (!currency.matches("[A-Z]{3}")) {
      throw invalid(name, "is not a currency code: " + currency);
    }
    return currency;
  }

  /** An object field that may be missing or {@code null}, read as data of its own. */
  public Optional<EventData> optionalObject(String name) {
    Object value = fields.get(name);
    return value == null ? Optional.empty() : Optional.of(nested(name, value));
  }

  /** A list of objects, each read as data of its own. */
  public List<EventData> list(String name) {
    Object value = required(name);
    if (!(value instanceof List<?> items)) {
      throw invalid(name, "is not a list");
    }
    return items.stream().map(item -> nested(name, item)).toList();
  }

  private EventData nested(String name, Object item) {
    if (!(item instanceof Map<?, ?> map)) {
      throw invalid(name, "holds something other than objects");
    }
    @SuppressWarnings("unchecked") // JSON objects are read as maps with string keys
    Map<String, Object> fields = (Map<String, Object>) map;
    return new EventData(type, fields);
  }

  private Object required(String name) {
    Object value = fields.get(name);
    if (value == null) {
      throw invalid(name, "is missing");
    }
    return value;
  }

  private PoisonMessageException invalid(String name, String problem) {
    return new PoisonMessageException("data error in " + type + ": field " + name + " " + problem);
  }
}
