package io.eventmart.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends blocking Elasticsearch requests. The client declares {@link IOException} for a server it
 * cannot reach; callers treat that like any other failed request (an event batch is retried, a
 * startup step is tried again later), so it travels unchecked.
 */
public final class Requests {

  /** A request to Elasticsearch. */
  @FunctionalInterface
  public interface Request<T> {
    T send() throws IOException;
  }

  private Requests() {}

  public static <T> T send(Request<T> request) {
    try {
      return request.send();
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch did not answer: " + e.getMessage(), e);
    }
  }
}
