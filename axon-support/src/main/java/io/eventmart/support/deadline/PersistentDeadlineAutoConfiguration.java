package io.eventmart.support.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import io.eventmart.support.EventMartProperties;
import io.eventmart.support.jdbc.EventMartJdbcAutoConfiguration;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Persistent deadlines: Axon's {@code DbSchedulerDeadlineManager} on top of db-scheduler, which
 * keeps every scheduled deadline as a row in {@code axon.scheduled_tasks}. A deadline scheduled by
 * a saga survives a restart and fires on whichever instance polls it first.
 *
 * <p>Declaring the {@link Scheduler} here is what switches Axon's own db-scheduler
 * auto-configuration on; that configuration contributes the task that runs deadlines. Scheduling
 * goes through a transaction-aware DataSource so a deadline is stored in the same transaction as
 * the saga that scheduled it.
 */
@AutoConfiguration(
    after = EventMartJdbcAutoConfiguration.class,
    before = AxonDbSchedulerAutoConfiguration.class)
@EnableConfigurationProperties(EventMartProperties.class)
public class PersistentDeadlineAutoConfiguration {

  static final String TABLE = EventMartJdbcAutoConfiguration.AXON_SCHEMA + ".scheduled_tasks";

  @Bean(destroyMethod = "")
  public Scheduler deadlineScheduler(
      DataSource dataSource, List<Task<?>> tasks, EventMartProperties properties) {
    return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
        .tableName(TABLE)
        .threads(properties.deadlines().threads())
        .pollingInterval(properties.deadlines().pollingInterval())
        .enableImmediateExecution()
        .commitWhenAutocommitDisabled(false)
        .shutdownMaxWait(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Axon's deadline manager, with the one thing its default lacks: correlation data. Without it a
   * command sent from a deadline handler would start a new correlation instead of continuing the
   * request that scheduled the deadline.
   */
  @Bean
  public DbSchedulerDeadlineManager deadlineManager(
      Scheduler deadlineScheduler,
      Configuration configuration,
      @Qualifier("eventSerializer") Serializer serializer,
      TransactionManager transactionManager,
      DeadlineManagerSpanFactory spanFactory) {
    DbSchedulerDeadlineManager manager =
        DbSchedulerDeadlineManager.builder()
            .scheduler(deadlineScheduler)
            .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
            .serializer(serializer)
            .transactionManager(transactionManager)
            .spanFactory(spanFactory)
            .startScheduler(false) // started by the lifecycle below
            .stopScheduler(false)
            .build();
    manager.registerHandlerInterceptor(
        new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
    return manager;
  }

  /** Starts polling once the sagas and processors that deadlines are delivered to are running. */
  @Bean
  public SmartLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        deadlineScheduler.start();
        running = true;
      }

      @Override
      public void stop() {
        deadlineScheduler.stop();
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }

      @Override
      public int getPhase() {
        return Phase.INSTRUCTION_COMPONENTS + 100;
      }
    };
  }
}
