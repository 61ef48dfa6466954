package io.eventmart.analytics.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import reactor.core.publisher.Mono;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderRecord;

/**
 * The dead-letter topic: a record that cannot be applied is copied there as it was (same key, same
 * value, same headers) with headers saying where it came from and what went wrong, so it can be
 * inspected, fixed and sent again. Only once the broker has acknowledged the copy is the original
 * passed over.
 */
public final class DeadLetters implements AutoCloseable {

  public static final String ORIGINAL_TOPIC = "dlt-original-topic";
  public static final String ORIGINAL_PARTITION = "dlt-original-partition";
  public static final String ORIGINAL_OFFSET = "dlt-original-offset";
  public static final String EXCEPTION_CLASS = "dlt-exception-class";
  public static final String EXCEPTION_MESSAGE = "dlt-exception-message";

  /** Header values are kept short; the message says what was wrong, not a stack trace. */
  private static final int MAX_MESSAGE_LENGTH = 2000;

  private final KafkaSender<String, byte[]> sender;
  private final String topic;

  public DeadLetters(KafkaSender<String, byte[]> sender, String topic) {
    this.sender = sender;
    this.topic = topic;
  }

  public String topic() {
    return topic;
  }

  /**
   * Copies {@code record} to the dead letters with {@code failure}; completes once acknowledged.
   */
  public Mono<Void> send(ConsumerRecord<String, byte[]> record, Throwable failure) {
    var letter = new ProducerRecord<>(topic, null, record.key(), record.value());
    for (Header header : record.headers()) {
      letter.headers().add(header);
    }
    letter
        .headers()
        .add(header(ORIGINAL_TOPIC, record.topic()))
        .add(header(ORIGINAL_PARTITION, String.valueOf(record.partition())))
        .add(header(ORIGINAL_OFFSET, String.valueOf(record.offset())))
        .add(header(EXCEPTION_CLASS, failure.getClass().getName()))
        .add(header(EXCEPTION_MESSAGE, message(failure)));
    return sender
        .send(Mono.just(SenderRecord.<String, byte[], Void>create(letter, null)))
        .next()
        .flatMap(
            result ->
                result.exception() == null ? Mono.<Void>empty() : Mono.error(result.exception()));
  }

  private static Header header(String name, String value) {
    return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String message(Throwable failure) {
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return message.length() <= MAX_MESSAGE_LENGTH
        ? message
        : message.substring(0, MAX_MESSAGE_LENGTH);
  }

  @Override
  public void close() {
    sender.close();
  }
}
