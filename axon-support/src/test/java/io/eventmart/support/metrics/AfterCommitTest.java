package io.eventmart.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class AfterCommitTest {

  private final AtomicInteger measured = new AtomicInteger();

  private static UnitOfWork<?> startUnitOfWork() {
    return DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("OrderPlaced"));
  }

  @Test
  void measuresAtOnceOutsideAUnitOfWork() {
    AfterCommit.measure(measured::incrementAndGet);

    assertThat(measured).hasValue(1);
  }

  @Test
  void measuresOnlyOnceTheUnitOfWorkHasCommitted() {
    UnitOfWork<?> unitOfWork = startUnitOfWork();

    AfterCommit.measure(measured::incrementAndGet);
    assertThat(measured).hasValue(0);

    unitOfWork.commit();
    assertThat(measured).hasValue(1);
  }

  @Test
  void neverMeasuresWhatWasRolledBack() {
    UnitOfWork<?> unitOfWork = startUnitOfWork();

    AfterCommit.measure(measured::incrementAndGet);
    unitOfWork.rollback();

    assertThat(measured).hasValue(0);
  }

  @Test
  void waitsForTheOutermostUnitOfWorkWhoseTransactionHoldsTheEvent() {
    UnitOfWork<?> command = startUnitOfWork();
    UnitOfWork<?> eventHandling = startUnitOfWork();

    AfterCommit.measure(measured::incrementAndGet);
    eventHandling.commit();
    assertThat(measured).hasValue(0);

    command.commit();
    assertThat(measured).hasValue(1);
  }

  @Test
  void letsTheUnitOfWorkSucceedWhenAMeasurementFails() {
    UnitOfWork<?> unitOfWork = startUnitOfWork();

    AfterCommit.measure(
        () -> {
          throw new IllegalStateException("meter registry closed");
        });

    assertThatCode(unitOfWork::commit).doesNotThrowAnyException();
  }
}
