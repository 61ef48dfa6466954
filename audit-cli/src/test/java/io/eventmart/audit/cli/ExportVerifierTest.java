package io.eventmart.audit.cli;

import static io.eventmart.audit.cli.Exports.event;
import static io.eventmart.audit.cli.Exports.sealed;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.audit.cli.ExportVerifier.Verification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ExportVerifierTest {

  private final ExportVerifier verifier = new ExportVerifier(JsonMapper.builder().build());

  private final String intact = sealed(List.of(event(1), event(2), event(3)));

  @Test
  void findsAnIntactExportIntact() throws IOException {
    Verification verification = verify(intact);

    assertThat(verification.intact()).isTrue();
    assertThat(verification.eventLines()).isEqualTo(3);
    assertThat(verification.digest())
        .isEqualTo("sha256:" + Exports.sha256(event(1) + "\n" + event(2) + "\n" + event(3) + "\n"));
    assertThat(verification.problem()).isNull();
  }

  @Test
  void noticesASingleChangedByte() throws IOException {
    // 10.00 becomes 90.00 in the second event.
    int at = intact.indexOf("10.00", intact.indexOf("event-2"));
    String changed = intact.substring(0, at) + "9" + intact.substring(at + 1);

    Verification verification = verify(changed);

    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).contains("do not match their digest");
  }

  @Test
  void noticesARemovedLine() throws IOException {
    String removed = intact.replace(event(2) + "\n", "");

    Verification verification = verify(removed);

    assertThat(verification.intact()).isFalse();
    assertThat(verification.eventLines()).isEqualTo(2);
  }

  @Test
  void noticesAMissingDigestLine() throws IOException {
    String cut = intact.substring(0, intact.indexOf("{\"digest\""));

    Verification verification = verify(cut);

    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).contains("no digest line");
  }

  @Test
  void noticesLinesInAnotherOrder() throws IOException {
    String reordered =
        event(2) + "\n" + event(1) + "\n" + event(3) + "\n" + intact.lines().toList().get(3) + "\n";

    assertThat(verify(reordered).intact()).isFalse();
  }

  @Test
  void noticesACountThatDoesNotMatchTheLines() throws IOException {
    String recounted = intact.replace("\"count\":3", "\"count\":4");

    Verification verification = verify(recounted);

    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).contains("number of lines");
  }

  @Test
  void findsAnEmptyFileIncomplete() throws IOException {
    assertThat(verify("").intact()).isFalse();
    assertThat(verify("").problem()).contains("empty");
  }

  @Test
  void acceptsAnEmptyExportSealedAsSuch() throws IOException {
    Verification verification = verify(sealed(List.of()));

    assertThat(verification.intact()).isTrue();
    assertThat(verification.eventLines()).isZero();
  }

  @Test
  void acceptsADigestLineWithoutItsFinalLineFeed() throws IOException {
    assertThat(verify(intact.substring(0, intact.length() - 1)).intact()).isTrue();
  }

  @Test
  void findsAnEventLineInPlaceOfTheDigestLineIncomplete() throws IOException {
    String withoutSummary = event(1) + "\n" + event(2) + "\n";

    assertThat(verify(withoutSummary).problem()).contains("no digest line");
  }

  @Test
  void checksExportsLargerThanItsReadBuffer() throws IOException {
    List<String> lines = new ArrayList<>();
    IntStream.rangeClosed(1, 5_000).forEach(position -> lines.add(event(position)));
    String large = sealed(lines);
    assertThat(large.length()).isGreaterThan(4 * 64 * 1024);

    Verification verification = verify(large);

    assertThat(verification.intact()).isTrue();
    assertThat(verification.eventLines()).isEqualTo(5_000);
  }

  private Verification verify(String export) throws IOException {
    return verifier.verify(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)));
  }
}
