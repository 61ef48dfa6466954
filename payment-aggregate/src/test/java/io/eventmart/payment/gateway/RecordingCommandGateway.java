package io.eventmart.payment.gateway;

import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.payment.PaymentCommand;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;

/**
 * A real Axon command gateway whose bus records every payment command instead of handling it, and
 * refuses the types a test tells it to refuse — the way the payment's refusals arrive over the bus:
 * a {@link CommandExecutionException} carrying the {@link DomainError}.
 */
final class RecordingCommandGateway {

  private final List<CommandMessage<?>> sent = new CopyOnWriteArrayList<>();
  private final Map<Class<?>, DomainError> refusals = new ConcurrentHashMap<>();
  private final CommandGateway gateway;

  RecordingCommandGateway() {
    SimpleCommandBus bus = SimpleCommandBus.builder().build();
    for (Class<?> type : PaymentCommand.class.getPermittedSubclasses()) {
      bus.subscribe(
          type.getName(),
          command -> {
            sent.add(command);
            DomainError refusal = refusals.get(command.getPayloadType());
            if (refusal != null) {
              throw new CommandExecutionException(refusal.message(), null, refusal);
            }
            return null;
          });
    }
    gateway = DefaultCommandGateway.builder().commandBus(bus).build();
  }

  CommandGateway gateway() {
    return gateway;
  }

  void refuse(Class<? extends PaymentCommand> type, DomainError refusal) {
    refusals.put(type, refusal);
  }

  List<Object> payloads() {
    return sent.stream().<Object>map(CommandMessage::getPayload).toList();
  }

  List<CommandMessage<?>> messages() {
    return List.copyOf(sent);
  }
}
