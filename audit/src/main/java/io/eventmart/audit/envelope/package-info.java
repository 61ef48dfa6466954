/**
 * How a stored event is described to an auditor: its envelope (id, aggregate, sequence, type,
 * revision, time, payload and metadata as stored) and the audited view it belongs to.
 */
package io.eventmart.audit.envelope;
