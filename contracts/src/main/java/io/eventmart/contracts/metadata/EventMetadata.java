package io.eventmart.contracts.metadata;

/**
 * Keys of the metadata every EventMart message carries, so one request's consequences can be
 * followed through aggregates, the saga and the projections.
 *
 * <ul>
 *   <li>{@link #CORRELATION_ID}: the id of the request that started it all (the HTTP {@code
 *       X-Correlation-Id}); it never changes along a chain of messages.
 *   <li>{@link #CAUSATION_ID}: the id of the message whose handling produced this one.
 *   <li>{@link #USER_ID}: the authenticated user on whose behalf the chain runs.
 * </ul>
 */
public final class EventMetadata {

  public static final String CORRELATION_ID = "correlationId";
  public static final String CAUSATION_ID = "causationId";
  public static final String USER_ID = "userId";

  private EventMetadata() {}
}
