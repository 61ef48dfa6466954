package io.eventmart.contracts.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a list to read: {@code page} is 0-based, {@code size} at most {@value #MAX_SIZE}.
 */
public record PageRequest(@Min(0) int page, @Min(1) @Max(MAX_SIZE) int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  public long offset() {
    return (long) page * size;
  }
}
