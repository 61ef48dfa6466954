/**
 * Spring wiring of the audit: the auto-configuration that registers its queries, the audit log's
 * processor and projection with Axon, the JDBC adapter of the log, its settings, and the main class
 * of the stand-alone audit service.
 */
package io.eventmart.audit.infrastructure;
