/**
 * What every EventMart module that talks to Kafka shares: the {@code eventmart.kafka.*} settings
 * ({@link io.eventmart.kafka.KafkaSettings}) and the {@code kafka} health component ({@link
 * io.eventmart.kafka.KafkaClusterHealth}), both declared by {@link
 * io.eventmart.kafka.KafkaSupportAutoConfiguration}.
 */
package io.eventmart.kafka;
