package io.eventmart.edge.web;

import java.util.regex.Pattern;

/**
 * What the edge knows about the request being served and passes into every message it sends: the
 * correlation id (from {@code X-Correlation-Id}, or generated) travels in the Reactor context under
 * {@link #CONTEXT_KEY}.
 */
public final class RequestMetadata {

  public static final String CORRELATION_HEADER = "X-Correlation-Id";

  /** Reactor context key of the request's correlation id. */
  public static final String CONTEXT_KEY = RequestMetadata.class.getName() + ".correlationId";

  /** A client's correlation id is used only if it looks like one: no injection into logs. */
  static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private RequestMetadata() {}

  static boolean isAcceptable(String correlationId) {
    return correlationId != null && ACCEPTABLE.matcher(correlationId).matches();
  }
}
