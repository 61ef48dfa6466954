package io.eventmart.order.testdata;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Bean Validation step of the command bus, for fixtures that test structural rejections. It is
 * set up like the services' bus (axon-support): a handler interceptor, so a rejection is the
 * command's result inside its unit of work, and messages interpolated without an expression
 * language, which is not on the classpath.
 */
public final class CommandValidation {

  private static final ValidatorFactory VALIDATORS =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private CommandValidation() {}

  public static BeanValidationInterceptor<CommandMessage<?>> beanValidation() {
    return new BeanValidationInterceptor<>(VALIDATORS);
  }
}
