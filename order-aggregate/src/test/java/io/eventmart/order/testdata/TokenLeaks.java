package io.eventmart.order.testdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventmart.support.serialization.AxonObjectMapper;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Checks that a secret appears in no event: neither in its text nor in what the store keeps. */
public final class TokenLeaks {

  private static final ObjectMapper STORED_FORM = AxonObjectMapper.create();

  private TokenLeaks() {}

  /** Events (at least one) none of which reveals {@code secret}. */
  public static Matcher<List<EventMessage<?>>> eventsNotRevealing(String secret) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(List<EventMessage<?>> events) {
        return !events.isEmpty()
            && events.stream().map(EventMessage::getPayload).noneMatch(p -> reveals(p, secret));
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("events none of which contains ").appendValue(secret);
      }
    };
  }

  /** Whether the payload's {@code toString} or its stored JSON contains {@code secret}. */
  public static boolean reveals(Object payload, String secret) {
    try {
      return payload.toString().contains(secret)
          || STORED_FORM.writeValueAsString(payload).contains(secret);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + payload.getClass(), e);
    }
  }
}
