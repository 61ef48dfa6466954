package io.eventmart.analytics.ingest;

/** Where a record was read: recorded with the event, so an analyst can trace a row to Kafka. */
public record KafkaPosition(String topic, int partition, long offset) {}
