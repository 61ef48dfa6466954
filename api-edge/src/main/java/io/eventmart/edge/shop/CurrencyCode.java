package io.eventmart.edge.shop;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An ISO 4217 currency code that Java knows ({@code EUR}, {@code USD} …); {@code null} is valid
 * (the request's default applies). Checked at the edge because a money amount in an unknown
 * currency cannot even be built, so it must be refused as bad input before it gets that far.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CurrencyCode.Validator.class)
public @interface CurrencyCode {

  String message() default "must be an ISO 4217 currency code such as EUR";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts three upper-case letters that name a currency. */
  final class Validator implements ConstraintValidator<CurrencyCode, String> {

    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (!THREE_LETTERS.matcher(value).matches()) {
        return false;
      }
      try {
        Currency.getInstance(value);
        return true;
      } catch (IllegalArgumentException unknown) {
        return false;
      }
    }
  }
}
