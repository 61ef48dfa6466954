package io.eventmart.edge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.LoggedEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NdjsonExportTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final NdjsonExport export = new NdjsonExport(json);

  @Test
  void writesOneLinePerEventThenTheDigestOfTheLinesBeforeIt() throws Exception {
    byte[] bytes = render(event(1, "OrderPlaced"), event(2, "StockReserved"));

    List<String> lines = lines(bytes);
    assertThat(lines).hasSize(3);
    assertThat(json.readTree(lines.get(0)).get("type").asString()).isEqualTo("OrderPlaced");
    assertThat(json.readTree(lines.get(1)).get("position").asLong()).isEqualTo(2);
    JsonNode summary = json.readTree(lines.get(2));
    assertThat(summary.get("count").asLong()).isEqualTo(2);
    byte[] eventLines = Arrays.copyOf(bytes, bytes.length - lines.get(2).length() - 1);
    assertThat(summary.get("digest").asString()).isEqualTo("sha256:" + sha256(eventLines));
  }

  @Test
  void endsEveryLineIncludingTheSummaryWithALineFeed() {
    String text = new String(render(event(1, "OrderPlaced")), StandardCharsets.UTF_8);

    assertThat(text).endsWith("}\n").doesNotContain("\r");
    assertThat(text.split("\n", -1)).hasSize(3).endsWith("");
  }

  @Test
  void keepsThePayloadAsTheStoredJsonObject() throws Exception {
    String line = lines(render(event(1, "OrderPlaced"))).get(0);

    assertThat(line).contains("\"payload\":{\"orderId\": \"o-1\", \"total\": 10.00}");
    assertThat(json.readTree(line).get("metadata").get("correlationId").asString())
        .isEqualTo("request-1");
    assertThat(json.readTree(line).get("aggregateType").asString()).isEqualTo("order");
  }

  @Test
  void summarisesAnEmptyExportWithTheDigestOfNothing() throws Exception {
    byte[] bytes = render();

    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("{\"digest\":\"sha256:" + sha256(new byte[0]) + "\",\"count\":0}\n");
  }

  @Test
  void startsAFreshDigestForEverySubscription() {
    Flux<DataBuffer> rendered =
        export.render(Flux.just(event(1, "OrderPlaced")), DefaultDataBufferFactory.sharedInstance);

    assertThat(bytesOf(rendered)).isEqualTo(bytesOf(rendered));
  }

  @Test
  void leavesTheSummaryOutWhenTheEventsBreakOff() {
    Flux<LoggedEvent> broken =
        Flux.concat(
            Flux.just(event(1, "OrderPlaced")), Flux.error(new IllegalStateException("gone")));
    ByteArrayOutputStream written = new ByteArrayOutputStream();

    export
        .render(broken, DefaultDataBufferFactory.sharedInstance)
        .doOnNext(buffer -> written.writeBytes(toBytes(buffer)))
        .onErrorComplete()
        .blockLast();

    assertThat(lines(written.toByteArray())).hasSize(1).noneMatch(line -> line.contains("digest"));
  }

  private byte[] render(LoggedEvent... events) {
    return bytesOf(export.render(Flux.just(events), DefaultDataBufferFactory.sharedInstance));
  }

  private static byte[] bytesOf(Flux<DataBuffer> buffers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    buffers.doOnNext(buffer -> out.writeBytes(toBytes(buffer))).blockLast();
    return out.toByteArray();
  }

  private static byte[] toBytes(DataBuffer buffer) {
    byte[] bytes = new byte[buffer.readableByteCount()];
    buffer.read(bytes);
    return bytes;
  }

  private static List<String> lines(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).lines().toList();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static LoggedEvent event(long position, String type) {
    return new LoggedEvent(
        position,
        "event-" + position,
        AuditedAggregateType.ORDER,
        "o-1",
        position - 1,
        type,
        "1",
        Instant.parse("2026-03-02T09:00:00Z").plusSeconds(position),
        "{\"orderId\": \"o-1\", \"total\": 10.00}",
        new AuditMetadata("request-1", "cause-" + position, "user-1"));
  }
}
