package io.eventmart.bench;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderCommand.PlaceOrder;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.testsupport.TestElasticsearch;
import io.eventmart.testsupport.TestKafka;
import io.eventmart.testsupport.TestPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Orders per second through the whole write side — placement, parallel stock reservation, payment
 * through the gateway simulator, confirmation — with every read model running, in one JVM on real
 * PostgreSQL, Elasticsearch and Kafka. Latency is measured from sending PlaceOrder to the moment
 * OrderConfirmed is stored (seen by a subscribing probe in the same JVM).
 *
 * <p>Arguments (all optional): {@code orders=2000 concurrency=64 products=50 mode=burst}; {@code
 * mode=steady} has {@code concurrency} customers each waiting for an order's decision before
 * placing the next.
 */
@SpringBootApplication
public class OrderThroughput {

  private static final ShippingAddress ADDRESS =
      new ShippingAddress("Bench Mark", "1 Load St", "Testing", "12345", "DE");

  /** Sees every order decision as it is stored. */
  @ProcessingGroup("bench-probe")
  public static class DecisionProbe {
    final Map<UUID, Long> decidedAt = new ConcurrentHashMap<>();
    final Map<UUID, CompletableFuture<Long>> awaited = new ConcurrentHashMap<>();
    final AtomicLong failures = new AtomicLong();
    volatile CountDownLatch remaining = new CountDownLatch(0);

    /** Completes with the time the order is decided. */
    CompletableFuture<Long> decision(UUID orderId) {
      return awaited.computeIfAbsent(orderId, id -> new CompletableFuture<>());
    }

    @EventHandler
    void on(OrderConfirmed event) {
      decided(event.orderId());
    }

    @EventHandler
    void on(OrderFailed event) {
      failures.incrementAndGet();
      decided(event.orderId());
    }

    private void decided(UUID orderId) {
      long now = System.nanoTime();
      if (decidedAt.putIfAbsent(orderId, now) == null) {
        remaining.countDown();
        decision(orderId).complete(now);
      }
    }
  }

  @Bean
  DecisionProbe decisionProbe() {
    return new DecisionProbe();
  }

  @Bean
  org.axonframework.config.ConfigurerModule benchProbeIsSubscribing() {
    return configurer ->
        configurer.eventProcessing().registerSubscribingEventProcessor("bench-probe");
  }

  public static void main(String[] args) throws Exception {
    measure(args);
    // Axon keeps a JVM-wide, non-daemon "axon-janitor" thread (AxonTaskJanitor) that is never shut
    // down, so returning from main would leave the JVM running.
    System.exit(0);
  }

  private static void measure(String[] args) throws Exception {
    Map<String, String> settings =
        new HashMap<>(
            Map.of("orders", "2000", "concurrency", "64", "products", "50", "mode", "burst"));
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      if (pair.length != 2 || !settings.containsKey(pair[0])) {
        throw new IllegalArgumentException("Unknown argument " + arg + "; known: " + settings);
      }
      settings.put(pair[0], pair[1]);
    }
    int orders = Integer.parseInt(settings.get("orders"));
    int concurrency = Integer.parseInt(settings.get("concurrency"));
    int productCount = Integer.parseInt(settings.get("products"));
    boolean steady =
        switch (settings.get("mode")) {
          case "burst" -> false;
          case "steady" -> true;
          default -> throw new IllegalArgumentException("mode is burst or steady");
        };

    TestPostgres.Database database = TestPostgres.freshDatabase("bench");
    String name = "bench-" + ProcessHandle.current().pid();
    try (ConfigurableApplicationContext platform =
        new SpringApplicationBuilder(OrderThroughput.class)
            .web(WebApplicationType.NONE)
            .properties(
                Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", database.user(),
                    "spring.datasource.password", database.password(),
                    "spring.r2dbc.url", database.r2dbcUrl(),
                    "spring.r2dbc.username", database.user(),
                    "spring.r2dbc.password", database.password(),
                    "eventmart.search.url", TestElasticsearch.url(),
                    "eventmart.search.index.prefix", name,
                    "eventmart.kafka.bootstrap-servers", TestKafka.bootstrapServers(),
                    "eventmart.kafka.topic-prefix", name + "."))
            .run()) {
      CommandGateway commands = platform.getBean(CommandGateway.class);
      DecisionProbe probe = platform.getBean(DecisionProbe.class);

      List<OrderLine> catalog = new ArrayList<>();
      for (int i = 0; i < productCount; i++) {
        UUID id = UUID.randomUUID();
        Money price = Money.of("19.90", "EUR");
        commands.sendAndWait(
            new RegisterProduct(
                id, name + "-sku-" + i, "Product " + i, "bench", "bench", price, 1_000_000, 0));
        catalog.add(new OrderLine(id, "Product " + i, 1, price));
      }

      Run run = steady ? OrderThroughput::steady : OrderThroughput::burst;
      run.orders(commands, probe, catalog, Math.min(200, orders), concurrency); // warm-up
      Result result = run.orders(commands, probe, catalog, orders, concurrency);
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d | %d | %d |%n",
          settings.get("mode"),
          orders,
          concurrency,
          result.ordersPerSecond(),
          result.percentileMillis(50),
          result.percentileMillis(95),
          result.percentileMillis(99),
          result.percentileMillis(100),
          result.failed(),
          heap / (1024 * 1024),
          residentMegabytes());
      closing = System.nanoTime();
    }
    System.err.printf(
        Locale.ROOT, "platform closed in %.1f s%n", (System.nanoTime() - closing) / 1e9);
  }

  private static long closing;

  private record Result(double ordersPerSecond, List<Long> latenciesNanos, long failed) {
    double percentileMillis(int percentile) {
      List<Long> sorted = latenciesNanos.stream().sorted().toList();
      int index =
          Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
      return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
  }

  /** One way of placing orders and measuring them. */
  @FunctionalInterface
  private interface Run {
    Result orders(
        CommandGateway commands,
        DecisionProbe probe,
        List<OrderLine> catalog,
        int orders,
        int concurrency)
        throws InterruptedException;
  }

  /** The order lines of the {@code i}th order: one or two products of the catalog. */
  private static List<OrderLine> lines(List<OrderLine> catalog, int i) {
    OrderLine first = catalog.get(i % catalog.size());
    OrderLine second = catalog.get((i + 7) % catalog.size());
    return first.equals(second) ? List.of(first) : List.of(first, second);
  }

  private static PlaceOrder order(UUID orderId, List<OrderLine> lines) {
    return new PlaceOrder(
        orderId, UUID.randomUUID(), lines, ADDRESS, PaymentMethod.card("tok_visa"), null);
  }

  /**
   * Steady load: {@code concurrency} customers, each placing an order and waiting for its decision
   * before placing the next. Latency is then what one customer sees at that load.
   */
  private static Result steady(
      CommandGateway commands,
      DecisionProbe probe,
      List<OrderLine> catalog,
      int orders,
      int concurrency)
      throws InterruptedException {
    probe.failures.set(0);
    AtomicInteger next = new AtomicInteger();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService customers = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    for (int c = 0; c < concurrency; c++) {
      customers.execute(
          () -> {
            for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
              UUID orderId = UUID.randomUUID();
              CompletableFuture<Long> decided = probe.decision(orderId);
              long placed = System.nanoTime();
              commands.sendAndWait(order(orderId, lines(catalog, i)));
              latencies.add(decided.orTimeout(2, TimeUnit.MINUTES).join() - placed);
            }
          });
    }
    customers.shutdown();
    if (!customers.awaitTermination(30, TimeUnit.MINUTES)) {
      throw new IllegalStateException("customers did not finish");
    }
    long end = System.nanoTime();
    probe.awaited.clear();
    return new Result(orders / ((end - start) / 1e9), latencies, probe.failures.get());
  }

  /**
   * A burst: every order placed as fast as {@code concurrency} threads can send the commands,
   * without waiting for decisions. Throughput is then what the platform sustains; latency includes
   * the time an order waits behind the backlog.
   */
  private static Result burst(
      CommandGateway commands,
      DecisionProbe probe,
      List<OrderLine> catalog,
      int orders,
      int concurrency)
      throws InterruptedException {
    probe.decidedAt.clear();
    probe.failures.set(0);
    probe.remaining = new CountDownLatch(orders);
    Map<UUID, Long> placedAt = new ConcurrentHashMap<>();
    ExecutorService customers = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    for (int i = 0; i < orders; i++) {
      List<OrderLine> lines = lines(catalog, i);
      customers.execute(
          () -> {
            UUID orderId = UUID.randomUUID();
            placedAt.put(orderId, System.nanoTime());
            commands.sendAndWait(order(orderId, lines));
          });
    }
    customers.shutdown();
    customers.awaitTermination(10, TimeUnit.MINUTES);
    if (!probe.remaining.await(Duration.ofMinutes(10).toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(probe.remaining.getCount() + " orders never decided");
    }
    long end = probe.decidedAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
    List<Long> latencies =
        placedAt.entrySet().stream()
            .map(e -> probe.decidedAt.get(e.getKey()) - e.getValue())
            .toList();
    return new Result(orders / ((end - start) / 1e9), latencies, probe.failures.get());
  }

  private static long residentMegabytes() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
              .filter(line -> line.startsWith("VmRSS:"))
              .map(line -> line.replaceAll("\\D", ""))
              .mapToLong(Long::parseLong)
              .findFirst()
              .orElse(0)
          / 1024;
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
