package io.eventmart.contracts.error;

/**
 * What kind of "no" a command handler gave. The HTTP edge maps each kind to one status, so clients
 * get the same answer whether the handler ran in the same JVM or behind Axon Server.
 */
public enum ErrorKind {
  /** The message itself is malformed (structural validation): 400. */
  INVALID,
  /** The addressed aggregate does not exist: 404. */
  NOT_FOUND,
  /** The aggregate is in a state that does not allow the request (e.g. a wrong status): 409. */
  CONFLICT,
  /** The request is well formed but a business rule refuses it (e.g. an over-refund): 422. */
  REJECTED
}
