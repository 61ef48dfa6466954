package io.eventmart.inventory.product;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Matches the typed refusal a fixture expects: its class, code, kind and details. */
final class Refusals {

  private Refusals() {}

  static Matcher<DomainException> refusal(
      Class<? extends DomainException> type,
      String code,
      ErrorKind kind,
      Map<String, String> details) {
    return new TypeSafeDiagnosingMatcher<>(DomainException.class) {
      @Override
      protected boolean matchesSafely(DomainException refusal, Description mismatch) {
        mismatch
            .appendText(refusal.getClass().getSimpleName())
            .appendText(" ")
            .appendValue(refusal.code())
            .appendText(" ")
            .appendValue(refusal.kind())
            .appendText(" ")
            .appendValue(refusal.details());
        return type.isInstance(refusal)
            && code.equals(refusal.code())
            && kind == refusal.kind()
            && details.equals(refusal.details());
      }

      @Override
      public void describeTo(Description description) {
        description
            .appendText(type.getSimpleName())
            .appendText(" ")
            .appendValue(code)
            .appendText(" ")
            .appendValue(kind)
            .appendText(" ")
            .appendValue(details);
      }
    };
  }
}
