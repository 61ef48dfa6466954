package io.eventmart.support.it;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/** A tiny tracking projection: how many counters exist, and how often it was reset. */
@ProcessingGroup(CounterTally.GROUP)
public class CounterTally {

  static final String GROUP = "counter-tally";

  final AtomicInteger counters = new AtomicInteger();
  final AtomicInteger resets = new AtomicInteger();
  final AtomicInteger rebuildsFinished = new AtomicInteger();

  @EventHandler
  void on(Counter.CounterCreated event) {
    counters.incrementAndGet();
  }

  @ResetHandler
  void reset() {
    counters.set(0);
    resets.incrementAndGet();
  }
}
