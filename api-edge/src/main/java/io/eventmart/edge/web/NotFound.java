package io.eventmart.edge.web;

/**
 * Nothing to show at this address — also the answer when the resource belongs to somebody else, so
 * a customer cannot even learn that another customer's order exists.
 */
public final class NotFound extends RuntimeException {

  public NotFound(String detail) {
    super(detail, null, false, false);
  }
}
