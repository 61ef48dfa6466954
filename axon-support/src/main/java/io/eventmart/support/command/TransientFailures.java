package io.eventmart.support.command;

import io.eventmart.contracts.error.DomainException;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.AxonNonTransientExceptionClassesPredicate;
import org.axonframework.messaging.interceptors.JSR303ViolationException;

/**
 * Decides which command failures are worth a retry. A refusal is final: the same command would be
 * refused again. Anything else (a concurrent append to the same aggregate, a dropped connection)
 * may succeed the next time.
 */
public final class TransientFailures {

  private TransientFailures() {}

  /** True for failures that a retry cannot fix. */
  public static Predicate<Throwable> nonTransient() {
    Predicate<Throwable> axonNonTransient = new AxonNonTransientExceptionClassesPredicate();
    return axonNonTransient.or(
        failure ->
            failure instanceof DomainException
                || failure instanceof JSR303ViolationException
                || failure instanceof CommandExecutionException);
  }
}
