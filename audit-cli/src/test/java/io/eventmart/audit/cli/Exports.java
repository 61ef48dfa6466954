package io.eventmart.audit.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Test data: exports sealed as the edge seals them — event lines, each ending with a line feed,
 * then {@code {"digest":"sha256:<hex>","count":N}} over their bytes.
 */
final class Exports {

  private Exports() {}

  static String event(int position) {
    return "{\"position\":"
        + position
        + ",\"eventId\":\"event-"
        + position
        + "\",\"type\":\"OrderPlaced\",\"payload\":{\"orderId\": \"o-"
        + position
        + "\", \"total\": 10.00},\"metadata\":{\"correlationId\":\"request-1\"}}";
  }

  /** An intact export of {@code lines}. */
  static String sealed(List<String> lines) {
    StringBuilder body = new StringBuilder();
    lines.forEach(line -> body.append(line).append('\n'));
    return body + summary(body.toString(), lines.size()) + "\n";
  }

  static String summary(String eventLines, int count) {
    return "{\"digest\":\"sha256:" + sha256(eventLines) + "\",\"count\":" + count + "}";
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
