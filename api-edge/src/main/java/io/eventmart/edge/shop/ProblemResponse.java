package io.eventmart.edge.shop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A refusal an endpoint answers with, for its OpenAPI description: the status, when it happens, and
 * an example of the problem details (RFC 9457) the client gets. {@link ProblemResponses} turns it
 * into a response of the operation; the answers every operation of a kind shares come from {@link
 * CommonResponses}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProblemResponse.All.class)
public @interface ProblemResponse {

  /** The HTTP status. */
  int status();

  /** When the endpoint answers it. */
  String description();

  /** An example of the problem details, as JSON (see {@link ProblemExamples}). */
  String example();

  /** The container of repeated {@link ProblemResponse}s. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @interface All {
    ProblemResponse[] value();
  }
}
