package io.eventmart.kafka.it;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * Boots Kafka support the way a module's service or the platform does: nothing but the
 * auto-configurations on the classpath, this module's and the shared Axon support (which needs its
 * database).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class KafkaSupportTestApplication {}
