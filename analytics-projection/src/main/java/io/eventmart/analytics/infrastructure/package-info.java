/**
 * Spring wiring and settings of the analytics module: the auto-configuration that builds the Kafka
 * consumer, the dead letters, the R2DBC model and its queries; the Kafka topics it needs; and the
 * main class of the stand-alone analytics service.
 */
package io.eventmart.analytics.infrastructure;
