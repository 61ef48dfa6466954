package io.eventmart.edge.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The digest of one export, taken while its lines are written: SHA-256 over the UTF-8 bytes of
 * every event line including its line feed, in the order they are sent. The export's last line
 * states it as {@code sha256:<lowercase hex>} together with the number of event lines, so a reader
 * can tell an intact export from one changed, cut short or reordered. Used for one export only.
 */
final class ExportDigest {

  static final String ALGORITHM = "SHA-256";
  static final String PREFIX = "sha256:";
  private static final byte LINE_FEED = '\n';

  private final MessageDigest sha256;
  private long count;

  ExportDigest() {
    try {
      sha256 = MessageDigest.getInstance(ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }

  /** The line for {@code json} (one JSON value, without line feeds), now part of the digest. */
  byte[] line(byte[] json) {
    byte[] line = withLineFeed(json);
    sha256.update(line);
    count++;
    return line;
  }

  /** The digest of every line so far, as the summary states it. */
  String digest() {
    return PREFIX + HexFormat.of().formatHex(sha256.digest());
  }

  long count() {
    return count;
  }

  /** {@code json} as a line of its own; the summary line is written so, outside the digest. */
  static byte[] withLineFeed(byte[] json) {
    byte[] line = Arrays.copyOf(json, json.length + 1);
    line[json.length] = LINE_FEED;
    return line;
  }
}
