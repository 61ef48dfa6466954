package io.eventmart.edge.web;

import org.springframework.core.codec.DecodingException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says what is wrong with input the framework could not even read — malformed JSON, a value of the
 * wrong type, an unknown enum constant, a parameter that is not a number — in words for the client,
 * without class names or parser internals.
 */
final class InputErrors {

  private InputErrors() {}

  static String describe(ServerWebInputException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidFormatException invalid) {
        return "Value " + quoted(invalid.getValue()) + " is not allowed for " + path(invalid);
      }
      if (t instanceof MismatchedInputException mismatched) {
        return "Wrong type of value for " + path(mismatched);
      }
      if (t instanceof DatabindException databind) {
        return "Cannot read " + path(databind);
      }
      if (t instanceof JacksonException) {
        return "The request body is not well-formed JSON";
      }
      if (t instanceof DecodingException) {
        return "The request body could not be read";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (failure.getMethodParameter() != null) {
      return "Parameter '"
          + failure.getMethodParameter().getParameterName()
          + "' has a value of the wrong type";
    }
    return failure.getReason() == null ? "The request could not be read" : failure.getReason();
  }

  /**
   * The field the failure is about: the JSON path of a value in the body that could not be read
   * (e.g. {@code items[0].quantity}), else the parameter, else {@code body}.
   */
  static String field(ServerWebInputException failure) {
    boolean body = false;
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof DatabindException databind) {
        String path = jsonPath(databind);
        return path.isEmpty() ? "body" : path;
      }
      body |= t instanceof JacksonException || t instanceof DecodingException;
    }
    return body || failure.getMethodParameter() == null
        ? "body"
        : failure.getMethodParameter().getParameterName();
  }

  private static String path(DatabindException failure) {
    String readable = jsonPath(failure);
    return readable.isEmpty() ? "the request body" : "field '" + readable + "'";
  }

  /** e.g. {@code items[0].quantity} for a value inside the body; empty for the body itself. */
  private static String jsonPath(DatabindException failure) {
    StringBuilder readable = new StringBuilder();
    for (var reference : failure.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!readable.isEmpty()) {
          readable.append('.');
        }
        readable.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        readable.append('[').append(reference.getIndex()).append(']');
      }
    }
    return readable.toString();
  }

  private static String quoted(Object value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
