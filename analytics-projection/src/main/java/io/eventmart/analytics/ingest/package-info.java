/**
 * Consuming the integration topics: each record is read as an envelope, applied to the analytics
 * tables in one R2DBC transaction together with its dedupe record, and only then acknowledged, so
 * its offset is committed after the data. A message that cannot be applied goes to the dead-letter
 * topic with its error, and consumption goes on.
 */
package io.eventmart.analytics.ingest;
