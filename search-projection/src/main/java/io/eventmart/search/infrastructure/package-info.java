/**
 * Spring wiring of the search module: the auto-configuration that connects to Elasticsearch and
 * registers the search projection and its processor with Axon, the module's settings, its health
 * indicator, and the main class of the stand-alone search service.
 */
package io.eventmart.search.infrastructure;
