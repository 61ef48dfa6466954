package io.eventmart.support.command;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Wraps every refusal of a command (a typed domain exception, a constraint violation, an unknown
 * aggregate) into a {@link CommandExecutionException} whose details are the {@link
 * io.eventmart.contracts.error.DomainError}. Axon Server forwards those details to the sender, so
 * the HTTP edge can answer 400/404/409/422 with the domain's reason in every deployment. The unit
 * of work still rolls back: a refused command leaves no event behind.
 */
public final class DomainErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    try {
      return chain.proceed();
    } catch (Exception failure) {
      var error = CommandFailures.describe(failure);
      if (error.isPresent()) {
        throw new CommandExecutionException(error.get().message(), failure, error.get());
      }
      throw failure;
    }
  }
}
