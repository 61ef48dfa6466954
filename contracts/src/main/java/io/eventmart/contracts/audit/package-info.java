/**
 * The audit's questions and answers: aggregate histories and states rebuilt as of any moment, read
 * from the event store; correlation stories and verifiable exports, read from the audit log the
 * audit service keeps. Payloads travel as JSON text, never as the platform's event classes, so an
 * auditor's tools see exactly what was stored.
 */
package io.eventmart.contracts.audit;
