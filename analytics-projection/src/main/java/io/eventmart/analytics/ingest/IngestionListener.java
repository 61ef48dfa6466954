package io.eventmart.analytics.ingest;

import io.eventmart.contracts.integration.IntegrationEvent;

/** Hears of every event once its effect is committed (not of duplicates). */
public interface IngestionListener {

  void applied(IntegrationEvent event);
}
