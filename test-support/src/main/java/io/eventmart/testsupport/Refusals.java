package io.eventmart.testsupport;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Hamcrest matchers (what Axon's test fixtures take in {@code expectException}) for the typed
 * refusals of the domain: a {@link DomainException} by its stable code, its kind and the facts it
 * gives.
 */
public final class Refusals {

  private Refusals() {}

  /** A refusal with this code and kind whose details contain at least {@code details}. */
  public static Matcher<DomainException> refusal(
      String code, ErrorKind kind, Map<String, String> details) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(DomainException refusal) {
        return refusal.code().equals(code)
            && refusal.kind() == kind
            && refusal.details().entrySet().containsAll(details.entrySet());
      }

      @Override
      public void describeTo(Description description) {
        description
            .appendText("a refusal ")
            .appendValue(code)
            .appendText(" of kind ")
            .appendValue(kind)
            .appendText(" with details ")
            .appendValue(details);
      }

      @Override
      protected void describeMismatchSafely(DomainException refusal, Description mismatch) {
        mismatch
            .appendText("was ")
            .appendValue(refusal.code())
            .appendText(" of kind ")
            .appendValue(refusal.kind())
            .appendText(" with details ")
            .appendValue(refusal.details());
      }
    };
  }

  /** A refusal with this code and kind, whatever its details. */
  public static Matcher<DomainException> refusal(String code, ErrorKind kind) {
    return refusal(code, kind, Map.of());
  }
}
