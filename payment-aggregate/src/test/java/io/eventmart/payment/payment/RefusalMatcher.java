package io.eventmart.payment.payment;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches a typed refusal by its stable code, its kind and the facts it gives. */
final class RefusalMatcher extends TypeSafeMatcher<DomainException> {

  private final String code;
  private final ErrorKind kind;
  private final Map<String, String> details = new LinkedHashMap<>();

  private RefusalMatcher(String code, ErrorKind kind) {
    this.code = code;
    this.kind = kind;
  }

  static RefusalMatcher refusal(String code, ErrorKind kind) {
    return new RefusalMatcher(code, kind);
  }

  RefusalMatcher withDetail(String key, String value) {
    details.put(key, value);
    return this;
  }

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
        .appendText(" (" + kind + ") with details ")
        .appendValue(details);
  }

  @Override
  protected void describeMismatchSafely(DomainException refusal, Description mismatch) {
    mismatch
        .appendText("was ")
        .appendValue(refusal.code())
        .appendText(" (" + refusal.kind() + ") with details ")
        .appendValue(refusal.details());
  }
}
