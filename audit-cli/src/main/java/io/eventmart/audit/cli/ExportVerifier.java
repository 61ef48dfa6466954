package io.eventmart.audit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an export the way it was sealed: its last line must be {@code
 * {"digest":"sha256:<hex>","count":N}}, where the digest is the SHA-256 of the UTF-8 bytes of every
 * line before it (each including its line feed) and N the number of those lines. The file is read
 * as a stream, one line in memory at a time, and its bytes are digested exactly as they are — never
 * parsed and re-encoded — so a single changed byte shows.
 *
 * <p>This is written independently of the edge that produces exports, on purpose: the check must
 * not share a bug with what it checks.
 */
public final class ExportVerifier {

  static final String PREFIX = "sha256:";
  private static final byte LINE_FEED = '\n';
  private static final int CHUNK = 64 * 1024;

  private final JsonMapper json;

  public ExportVerifier(JsonMapper json) {
    this.json = json;
  }

  /**
   * What the check found.
   *
   * @param intact whether the digest and the count match the lines
   * @param eventLines how many lines come before the last one
   * @param digest the digest of those lines as recomputed
   * @param problem what does not match, {@code null} when intact
   */
  public record Verification(boolean intact, long eventLines, String digest, String problem) {}

  public Verification verify(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return verify(in);
    }
  }

  public Verification verify(InputStream in) throws IOException {
    MessageDigest sha256 = sha256();
    long eventLines = 0;
    // The last complete line read so far: digested only once another line follows, because the
    // last line of all is the summary, which is outside the digest.
    byte[] held = null;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
      int start = 0;
      for (int i = 0; i < read; i++) {
        if (chunk[i] == LINE_FEED) {
          line.write(chunk, start, i - start + 1);
          if (held != null) {
            sha256.update(held);
            eventLines++;
          }
          held = line.toByteArray();
          line.reset();
          start = i + 1;
        }
      }
      line.write(chunk, start, read - start);
    }
    if (line.size() > 0) {
      // A last line without its line feed: still the last line.
      if (held != null) {
        sha256.update(held);
        eventLines++;
      }
      held = line.toByteArray();
    }
    String digest = PREFIX + HexFormat.of().formatHex(sha256.digest());
    if (held == null) {
      return tampered(eventLines, digest, "the file is empty: it has no digest line");
    }
    JsonNode summary = summaryOf(held);
    if (summary == null) {
      return tampered(
          eventLines, digest, "the last line is no digest line: the export is incomplete");
    }
    String stated = summary.get("digest").asString();
    long statedCount = summary.get("count").asLong();
    if (!stated.equals(digest)) {
      return tampered(
          eventLines,
          digest,
          "the lines do not match their digest: stated " + stated + ", found " + digest);
    }
    if (statedCount != eventLines) {
      return tampered(
          eventLines,
          digest,
          "the number of lines does not match: stated " + statedCount + ", found " + eventLines);
    }
    return new Verification(true, eventLines, digest, null);
  }

  /** The summary the line states, or {@code null} when it is no summary line. */
  private JsonNode summaryOf(byte[] line) {
    try {
      JsonNode node = json.readTree(new String(line, StandardCharsets.UTF_8).strip());
      boolean isSummary =
          node != null
              && node.isObject()
              && node.size() == 2
              && node.path("digest").isString()
              && node.path("digest").asString().startsWith(PREFIX)
              && node.path("count").isIntegralNumber();
      return isSummary ? node : null;
    } catch (JacksonException notJson) {
      return null;
    }
  }

  private static Verification tampered(long eventLines, String digest, String problem) {
    return new Verification(false, eventLines, digest, problem);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
