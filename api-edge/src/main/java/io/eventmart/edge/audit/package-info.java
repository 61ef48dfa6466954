/**
 * The audit endpoints of the edge ({@code /api/audit/**}, AUDITOR and ADMIN): thin translations of
 * HTTP into the audit's Axon queries, and the NDJSON export with its digest line.
 */
package io.eventmart.edge.audit;
