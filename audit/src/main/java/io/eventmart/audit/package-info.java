/**
 * The audit of EventMart: what happened, to which aggregate, when, on whose behalf and because of
 * which request.
 *
 * <ul>
 *   <li>{@code history} and {@code state} answer from the event store itself — the authoritative
 *       record, in every deployment — an aggregate's history and its state as of any moment or
 *       version, rebuilt by pure folds of its events;
 *   <li>{@code log} keeps the audit log, a copy of every event's envelope in the order of the
 *       global event stream, from which correlation stories and exports are answered;
 *   <li>{@code envelope} is how a stored event is described to an auditor;
 *   <li>{@code infrastructure} wires it all (and holds the JDBC adapter of the log).
 * </ul>
 */
package io.eventmart.audit;
