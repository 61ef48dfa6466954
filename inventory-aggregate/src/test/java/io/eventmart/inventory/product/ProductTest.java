package io.eventmart.inventory.product;

import static io.eventmart.inventory.product.ProductTestData.PRICE;
import static io.eventmart.inventory.product.ProductTestData.PRODUCT_ID;
import static io.eventmart.inventory.product.ProductTestData.SKU;
import static io.eventmart.inventory.product.ProductTestData.aProduct;
import static io.eventmart.inventory.product.ProductTestData.levels;
import static io.eventmart.inventory.product.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.product.ProductCommand.ChangeProductDetails;
import io.eventmart.contracts.product.ProductCommand.ChangeProductPrice;
import io.eventmart.contracts.product.ProductCommand.CommitStock;
import io.eventmart.contracts.product.ProductCommand.CorrectStockCount;
import io.eventmart.contracts.product.ProductCommand.DiscontinueProduct;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.contracts.product.ProductCommand.ReleaseStock;
import io.eventmart.contracts.product.ProductCommand.ReserveStock;
import io.eventmart.contracts.product.ProductCommand.RestockProduct;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ReservationRejectionReason;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.LowStockResolved;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The product aggregate's behaviour, command by command: given its events, when a command arrives,
 * then these events (or this refusal). Commands pass Bean Validation first, as on the command bus.
 */
class ProductTest {

  private static final UUID ORDER_A = UUID.fromString("0a0a0a0a-0000-4000-8000-00000000000a");
  private static final UUID ORDER_B = UUID.fromString("0b0b0b0b-0000-4000-8000-00000000000b");
  private static final UUID OTHER_PRODUCT = UUID.fromString("99999999-0000-4000-8000-000000000099");

  /**
   * Built as the command bus builds it: without Jakarta EL, which message interpolation would
   * otherwise need on the classpath.
   */
  private static ValidatorFactory validation;

  private final InMemorySkuRegistry skuRegistry = new InMemorySkuRegistry();
  private AggregateTestFixture<Product> fixture;

  @BeforeAll
  static void startValidation() {
    validation =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
  }

  @AfterAll
  static void stopValidation() {
    validation.close();
  }

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Product.class);
    fixture.registerInjectableResource(skuRegistry);
    // A handler interceptor, as on the production command bus: a dispatch interceptor would throw
    // out of when(...) before the fixture could record the refusal.
    fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>(validation));
  }

  @Nested
  class Registration {

    @Test
    void registersAProductWithItsOpeningStock() {
      fixture
          .givenNoPriorActivity()
          .when(aProduct().withInitialStock(20).withLowStockThreshold(5).registration())
          .expectEvents(aProduct().registered(), aProduct().stockInitialized());
    }

    @Test
    void claimsTheSkuForTheProduct() {
      fixture
          .givenNoPriorActivity()
          .when(aProduct().registration())
          .expectSuccessfulHandlerExecution();

      assertThat(skuRegistry.holderOf(SKU)).contains(PRODUCT_ID);
    }

    @Test
    void detectsLowStockWhenTheOpeningStockIsBelowTheThreshold() {
      var product = aProduct().withInitialStock(3).withLowStockThreshold(5);
      fixture
          .givenNoPriorActivity()
          .when(product.registration())
          .expectEvents(
              product.registered(),
              product.stockInitialized(),
              new LowStockDetected(PRODUCT_ID, 3, 5));
    }

    @Test
    void reportsNoLowStockWhenTheOpeningStockEqualsTheThreshold() {
      var product = aProduct().withInitialStock(5).withLowStockThreshold(5);
      fixture
          .givenNoPriorActivity()
          .when(product.registration())
          .expectEvents(product.registered(), product.stockInitialized());
    }

    @Test
    void neverReportsLowStockWithAThresholdOfZero() {
      var product = aProduct().withInitialStock(0).withLowStockThreshold(0);
      fixture
          .givenNoPriorActivity()
          .when(product.registration())
          .expectEvents(product.registered(), product.stockInitialized());
    }

    @Test
    void refusesASkuThatAnotherProductHolds() {
      skuRegistry.claim(SKU, OTHER_PRODUCT);

      fixture
          .givenNoPriorActivity()
          .when(aProduct().registration())
          .expectNoEvents()
          .expectException(
              refusal(
                  DuplicateSku.class,
                  "product.duplicate-sku",
                  ErrorKind.CONFLICT,
                  Map.of("sku", SKU)));
    }

    @Test
    void refusesAPriceOfZeroWithoutClaimingTheSku() {
      fixture
          .givenNoPriorActivity()
          .when(aProduct().withPrice(Money.zero("EUR")).registration())
          .expectNoEvents()
          .expectException(
              refusal(
                  PriceNotPositive.class,
                  "product.price-not-positive",
                  ErrorKind.REJECTED,
                  Map.of("price", "0.00", "currency", "EUR")));

      assertThat(skuRegistry.holderOf(SKU)).isEmpty();
    }

    @Test
    void refusesANegativePrice() {
      fixture
          .givenNoPriorActivity()
          .when(aProduct().withPrice(Money.of("-1.00", "EUR")).registration())
          .expectNoEvents()
          .expectException(PriceNotPositive.class);
    }

    @Test
    void treatsARepeatedRegistrationAsAlreadyDone() {
      skuRegistry.claim(SKU, PRODUCT_ID);

      fixture
          .given(aProduct().registeredWithStock())
          .when(aProduct().registration())
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void treatsARepeatedRegistrationAsAlreadyDoneEvenAfterTheProductChanged() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new ProductPriceChanged(PRODUCT_ID, PRICE, Money.of("14.00", "EUR")))
          .when(aProduct().withSku(" mug-001 ").registration())
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesToRegisterTheSameProductIdUnderAnotherSku() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(aProduct().withSku("CUP-002").registration())
          .expectNoEvents()
          .expectException(
              refusal(
                  ProductAlreadyRegistered.class,
                  "product.already-registered",
                  ErrorKind.CONFLICT,
                  Map.of(
                      "productId", PRODUCT_ID.toString(), "sku", SKU, "requestedSku", "CUP-002")));
    }
  }

  @Nested
  class Details {

    @Test
    void changesTheDetails() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new ChangeProductDetails(PRODUCT_ID, "Tin mug", "Holds 400 ml", "Camping"))
          .expectEvents(
              new ProductDetailsChanged(PRODUCT_ID, "Tin mug", "Holds 400 ml", "Camping"));
    }

    @Test
    void changesNothingWhenTheDetailsAreTheSame() {
      var registered = aProduct().registered();
      fixture
          .given(aProduct().registeredWithStock())
          .when(
              new ChangeProductDetails(
                  PRODUCT_ID, registered.name(), registered.description(), registered.category()))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesToChangeADiscontinuedProduct() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new ProductDiscontinued(PRODUCT_ID))
          .when(new ChangeProductDetails(PRODUCT_ID, "Tin mug", "Holds 400 ml", "Camping"))
          .expectNoEvents()
          .expectException(
              refusal(
                  ProductIsDiscontinued.class,
                  "product.discontinued",
                  ErrorKind.CONFLICT,
                  Map.of(
                      "productId", PRODUCT_ID.toString(),
                      "currentStatus", "DISCONTINUED",
                      "action", "ChangeProductDetails")));
    }
  }

  @Nested
  class Price {

    @Test
    void changesThePrice() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new ChangeProductPrice(PRODUCT_ID, Money.of("14.90", "EUR")))
          .expectEvents(new ProductPriceChanged(PRODUCT_ID, PRICE, Money.of("14.90", "EUR")));
    }

    @Test
    void changesNothingWhenThePriceIsTheSameAmount() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new ChangeProductPrice(PRODUCT_ID, Money.of("12.5", "EUR")))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesAPriceOfZero() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new ChangeProductPrice(PRODUCT_ID, Money.zero("EUR")))
          .expectNoEvents()
          .expectException(
              refusal(
                  PriceNotPositive.class,
                  "product.price-not-positive",
                  ErrorKind.REJECTED,
                  Map.of("price", "0.00", "currency", "EUR")));
    }

    @Test
    void refusesANegativePrice() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new ChangeProductPrice(PRODUCT_ID, Money.of("-3.00", "EUR")))
          .expectNoEvents()
          .expectException(PriceNotPositive.class);
    }

    @Test
    void refusesAPriceInAnotherCurrency() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new ChangeProductPrice(PRODUCT_ID, Money.of("12.50", "USD")))
          .expectNoEvents()
          .expectException(
              refusal(
                  CurrencyMismatch.class,
                  "product.currency-mismatch",
                  ErrorKind.REJECTED,
                  Map.of("productCurrency", "EUR", "currency", "USD")));
    }

    @Test
    void refusesToRepriceADiscontinuedProduct() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new ProductDiscontinued(PRODUCT_ID))
          .when(new ChangeProductPrice(PRODUCT_ID, Money.of("14.90", "EUR")))
          .expectNoEvents()
          .expectException(
              refusal(
                  ProductIsDiscontinued.class,
                  "product.discontinued",
                  ErrorKind.CONFLICT,
                  Map.of(
                      "productId", PRODUCT_ID.toString(),
                      "currentStatus", "DISCONTINUED",
                      "action", "ChangeProductPrice")));
    }
  }

  @Nested
  class Discontinuation {

    @Test
    void discontinuesAProduct() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new DiscontinueProduct(PRODUCT_ID))
          .expectEvents(new ProductDiscontinued(PRODUCT_ID));
    }

    @Test
    void changesNothingWhenDiscontinuedAgain() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new ProductDiscontinued(PRODUCT_ID))
          .when(new DiscontinueProduct(PRODUCT_ID))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void keepsTheReservationsOfADiscontinuedProduct() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new ProductDiscontinued(PRODUCT_ID))
          .when(new CommitStock(PRODUCT_ID, ORDER_A))
          .expectEvents(new StockCommitted(PRODUCT_ID, ORDER_A, 4, levels(16, 0)));
    }
  }

  @Nested
  class Restocking {

    @Test
    void addsDeliveredUnitsToTheStockOnHand() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 5, levels(20, 5)))
          .when(new RestockProduct(PRODUCT_ID, 10))
          .expectEvents(new StockRestocked(PRODUCT_ID, 10, levels(30, 5)));
    }

    @Test
    void resolvesLowStockWhenAvailabilityClimbsBackToTheThreshold() {
      var product = aProduct().withInitialStock(3).withLowStockThreshold(5);
      fixture
          .given(product.registered(), product.stockInitialized())
          .andGiven(new LowStockDetected(PRODUCT_ID, 3, 5))
          .when(new RestockProduct(PRODUCT_ID, 2))
          .expectEvents(
              new StockRestocked(PRODUCT_ID, 2, levels(5, 0)),
              new LowStockResolved(PRODUCT_ID, 5, 5));
    }

    @Test
    void staysLowWhenARestockDoesNotReachTheThreshold() {
      var product = aProduct().withInitialStock(1).withLowStockThreshold(5);
      fixture
          .given(product.registered(), product.stockInitialized())
          .andGiven(new LowStockDetected(PRODUCT_ID, 1, 5))
          .when(new RestockProduct(PRODUCT_ID, 2))
          .expectEvents(new StockRestocked(PRODUCT_ID, 2, levels(3, 0)));
    }

    @Test
    void refusesToRestockADiscontinuedProduct() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new ProductDiscontinued(PRODUCT_ID))
          .when(new RestockProduct(PRODUCT_ID, 10))
          .expectNoEvents()
          .expectException(
              refusal(
                  ProductIsDiscontinued.class,
                  "product.discontinued",
                  ErrorKind.CONFLICT,
                  Map.of(
                      "productId", PRODUCT_ID.toString(),
                      "currentStatus", "DISCONTINUED",
                      "action", "RestockProduct")));
    }

    @Test
    void refusesARestockBeyondTheLargestCountInsteadOfOverflowing() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new RestockProduct(PRODUCT_ID, Integer.MAX_VALUE))
          .expectNoEvents()
          .expectException(ArithmeticException.class);
    }
  }

  @Nested
  class CountCorrection {

    @Test
    void replacesTheCountOnHandAndKeepsWhatIsReserved() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 5, levels(20, 5)))
          .when(new CorrectStockCount(PRODUCT_ID, 18, "two mugs broken"))
          .expectEvents(new StockCountCorrected(PRODUCT_ID, 20, "two mugs broken", levels(18, 5)));
    }

    @Test
    void changesNothingWhenTheCountIsUnchanged() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new CorrectStockCount(PRODUCT_ID, 20, "yearly count"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesACountBelowWhatIsReserved() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 5, levels(20, 5)))
          .when(new CorrectStockCount(PRODUCT_ID, 4, "flood in the warehouse"))
          .expectNoEvents()
          .expectException(
              refusal(
                  CountBelowReserved.class,
                  "product.count-below-reserved",
                  ErrorKind.REJECTED,
                  Map.of("onHand", "4", "reserved", "5")));
    }

    @Test
    void acceptsACountOfExactlyWhatIsReserved() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 5, levels(20, 5)))
          .when(new CorrectStockCount(PRODUCT_ID, 5, "flood in the warehouse"))
          .expectEvents(
              new StockCountCorrected(PRODUCT_ID, 20, "flood in the warehouse", levels(5, 5)),
              new LowStockDetected(PRODUCT_ID, 0, 5));
    }

    @Test
    void detectsLowStockWhenACountDropsAvailabilityBelowTheThreshold() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new CorrectStockCount(PRODUCT_ID, 4, "miscounted delivery"))
          .expectEvents(
              new StockCountCorrected(PRODUCT_ID, 20, "miscounted delivery", levels(4, 0)),
              new LowStockDetected(PRODUCT_ID, 4, 5));
    }

    @Test
    void resolvesLowStockWhenACountLiftsAvailabilityToTheThreshold() {
      var product = aProduct().withInitialStock(2).withLowStockThreshold(5);
      fixture
          .given(product.registered(), product.stockInitialized())
          .andGiven(new LowStockDetected(PRODUCT_ID, 2, 5))
          .when(new CorrectStockCount(PRODUCT_ID, 9, "found a box"))
          .expectEvents(
              new StockCountCorrected(PRODUCT_ID, 2, "found a box", levels(9, 0)),
              new LowStockResolved(PRODUCT_ID, 9, 5));
    }

    @Test
    void correctsTheCountOfADiscontinuedProduct() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new ProductDiscontinued(PRODUCT_ID))
          .when(new CorrectStockCount(PRODUCT_ID, 12, "sold off at the outlet"))
          .expectEvents(
              new StockCountCorrected(PRODUCT_ID, 20, "sold off at the outlet", levels(12, 0)));
    }
  }

  @Nested
  class Reservation {

    @Test
    void reservesStockWhenEnoughIsAvailable() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 4))
          .expectEvents(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)));
    }

    @Test
    void reservesEverythingThatIsAvailable() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 8, levels(20, 8)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_B, 12))
          .expectEvents(
              new StockReserved(PRODUCT_ID, ORDER_B, 12, levels(20, 20)),
              new LowStockDetected(PRODUCT_ID, 0, 5));
    }

    @Test
    void rejectsAReservationLargerThanWhatIsAvailable() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 15, levels(20, 15)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_B, 6))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new StockReservationRejected(
                  PRODUCT_ID, ORDER_B, 6, 5, ReservationRejectionReason.INSUFFICIENT_STOCK));
    }

    @Test
    void rejectsAReservationForADiscontinuedProduct() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new ProductDiscontinued(PRODUCT_ID))
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 1))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new StockReservationRejected(
                  PRODUCT_ID, ORDER_A, 1, 20, ReservationRejectionReason.PRODUCT_DISCONTINUED));
    }

    @Test
    void changesNothingWhenTheSameLineIsReservedAgain() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 4))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenTheSameLineIsReservedAgainWithAnotherQuantity() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 7))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenARejectedLineIsReservedAgain() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(
              new StockReservationRejected(
                  PRODUCT_ID, ORDER_A, 30, 20, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .andGiven(new StockRestocked(PRODUCT_ID, 50, levels(70, 0)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 30))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void neverHoldsStockAgainForALineThatWasReleased() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockReleased(PRODUCT_ID, ORDER_A, 4, "order cancelled", levels(20, 0)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 4))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void forgetsAClosedLineADayAfterItClosedSoItsMemoryStaysBounded() {
      Instant monday = Instant.parse("2026-11-23T08:00:00Z");
      fixture
          .givenCurrentTime(monday)
          .andGiven(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockReleased(PRODUCT_ID, ORDER_A, 4, "order cancelled", levels(20, 0)))
          .andGivenCurrentTime(monday.plus(Product.DECIDED_LINE_MEMORY).plusSeconds(1))
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_B, 1, levels(20, 1)))
          .andGiven(new StockReleased(PRODUCT_ID, ORDER_B, 1, "order cancelled", levels(20, 0)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 4))
          .expectEvents(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)));
    }

    @Test
    void stillRemembersALineThatClosedLessThanADayAgo() {
      Instant monday = Instant.parse("2026-11-23T08:00:00Z");
      fixture
          .givenCurrentTime(monday)
          .andGiven(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockReleased(PRODUCT_ID, ORDER_A, 4, "order cancelled", levels(20, 0)))
          .andGivenCurrentTime(monday.plus(Product.DECIDED_LINE_MEMORY).minusSeconds(1))
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_B, 1, levels(20, 1)))
          .andGiven(new StockReleased(PRODUCT_ID, ORDER_B, 1, "order cancelled", levels(20, 0)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 4))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void neverHoldsStockAgainForALineThatShipped() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockCommitted(PRODUCT_ID, ORDER_A, 4, levels(16, 0)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 4))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void detectsLowStockWhenAvailabilityFallsBelowTheThreshold() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 14, levels(20, 14)))
          .when(new ReserveStock(PRODUCT_ID, ORDER_B, 2))
          .expectEvents(
              new StockReserved(PRODUCT_ID, ORDER_B, 2, levels(20, 16)),
              new LowStockDetected(PRODUCT_ID, 4, 5));
    }

    @Test
    void reportsLowStockOnlyOncePerCrossing() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 16, levels(20, 16)))
          .andGiven(new LowStockDetected(PRODUCT_ID, 4, 5))
          .when(new ReserveStock(PRODUCT_ID, ORDER_B, 2))
          .expectEvents(new StockReserved(PRODUCT_ID, ORDER_B, 2, levels(20, 18)));
    }

    @Test
    void neverReportsLowStockWithAThresholdOfZero() {
      var product = aProduct().withInitialStock(3).withLowStockThreshold(0);
      fixture
          .given(product.registered(), product.stockInitialized())
          .when(new ReserveStock(PRODUCT_ID, ORDER_A, 3))
          .expectEvents(new StockReserved(PRODUCT_ID, ORDER_A, 3, levels(3, 3)));
    }
  }

  @Nested
  class Release {

    @Test
    void givesAReservedLineBack() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_B, 3, levels(20, 7)))
          .when(new ReleaseStock(PRODUCT_ID, ORDER_A, "payment declined"))
          .expectEvents(
              new StockReleased(PRODUCT_ID, ORDER_A, 4, "payment declined", levels(20, 3)));
    }

    @Test
    void changesNothingWhenTheReservationIsUnknown() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new ReleaseStock(PRODUCT_ID, ORDER_A, "order cancelled"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenTheLineWasAlreadyReleased() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockReleased(PRODUCT_ID, ORDER_A, 4, "order cancelled", levels(20, 0)))
          .when(new ReleaseStock(PRODUCT_ID, ORDER_A, "order cancelled"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenTheLineAlreadyShipped() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockCommitted(PRODUCT_ID, ORDER_A, 4, levels(16, 0)))
          .when(new ReleaseStock(PRODUCT_ID, ORDER_A, "order cancelled"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenTheLineWasRejected() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(
              new StockReservationRejected(
                  PRODUCT_ID, ORDER_A, 30, 20, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .when(new ReleaseStock(PRODUCT_ID, ORDER_A, "order failed"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void resolvesLowStockWhenAReleaseLiftsAvailabilityToTheThreshold() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 17, levels(20, 17)))
          .andGiven(new LowStockDetected(PRODUCT_ID, 3, 5))
          .when(new ReleaseStock(PRODUCT_ID, ORDER_A, "payment timed out"))
          .expectEvents(
              new StockReleased(PRODUCT_ID, ORDER_A, 17, "payment timed out", levels(20, 0)),
              new LowStockResolved(PRODUCT_ID, 20, 5));
    }

    @Test
    void releasesTheLinesOfADiscontinuedProduct() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new ProductDiscontinued(PRODUCT_ID))
          .when(new ReleaseStock(PRODUCT_ID, ORDER_A, "order cancelled"))
          .expectEvents(
              new StockReleased(PRODUCT_ID, ORDER_A, 4, "order cancelled", levels(20, 0)));
    }
  }

  @Nested
  class Commit {

    @Test
    void takesTheShippedUnitsOutOfTheStock() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_B, 3, levels(20, 7)))
          .when(new CommitStock(PRODUCT_ID, ORDER_A))
          .expectEvents(new StockCommitted(PRODUCT_ID, ORDER_A, 4, levels(16, 3)));
    }

    @Test
    void changesNothingWhenTheReservationIsUnknown() {
      fixture
          .given(aProduct().registeredWithStock())
          .when(new CommitStock(PRODUCT_ID, ORDER_A))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenTheLineAlreadyShipped() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockCommitted(PRODUCT_ID, ORDER_A, 4, levels(16, 0)))
          .when(new CommitStock(PRODUCT_ID, ORDER_A))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenTheLineWasReleased() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 4, levels(20, 4)))
          .andGiven(new StockReleased(PRODUCT_ID, ORDER_A, 4, "order cancelled", levels(20, 0)))
          .when(new CommitStock(PRODUCT_ID, ORDER_A))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void leavesTheLowStockStateAsItIsBecauseAvailabilityDoesNotChange() {
      fixture
          .given(aProduct().registeredWithStock())
          .andGiven(new StockReserved(PRODUCT_ID, ORDER_A, 18, levels(20, 18)))
          .andGiven(new LowStockDetected(PRODUCT_ID, 2, 5))
          .when(new CommitStock(PRODUCT_ID, ORDER_A))
          .expectEvents(new StockCommitted(PRODUCT_ID, ORDER_A, 18, levels(2, 0)));
    }
  }

  @Nested
  class UnknownProduct {

    @ParameterizedTest
    @MethodSource("io.eventmart.inventory.product.ProductTest#commandsForAnExistingProduct")
    void answersEveryCommandButRegistrationWithNotFound(Object command) {
      fixture
          .givenNoPriorActivity()
          .when(command)
          .expectNoEvents()
          .expectException(AggregateNotFoundException.class);
    }
  }

  @Nested
  class MalformedCommands {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.inventory.product.ProductTest#invalidCommands")
    void refusesMalformedCommandsBeforeTheProductSeesThem(String what, Object command) {
      fixture
          .given(aProduct().registeredWithStock())
          .when(command)
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }
  }

  static Stream<Object> commandsForAnExistingProduct() {
    return Stream.of(
        new ChangeProductDetails(PRODUCT_ID, "Tin mug", "", "Camping"),
        new ChangeProductPrice(PRODUCT_ID, PRICE),
        new DiscontinueProduct(PRODUCT_ID),
        new RestockProduct(PRODUCT_ID, 1),
        new CorrectStockCount(PRODUCT_ID, 1, "count"),
        new ReserveStock(PRODUCT_ID, ORDER_A, 1),
        new ReleaseStock(PRODUCT_ID, ORDER_A, "cancelled"),
        new CommitStock(PRODUCT_ID, ORDER_A));
  }

  static Stream<Arguments> invalidCommands() {
    RegisterProduct valid = aProduct().registration();
    String tooLongSku = "S".repeat(65);
    return Stream.of(
        Arguments.of("registration without a product id", registration(valid, null, valid.sku())),
        Arguments.of("registration with a blank SKU", registration(valid, PRODUCT_ID, "  ")),
        Arguments.of(
            "registration with a too long SKU", registration(valid, PRODUCT_ID, tooLongSku)),
        Arguments.of(
            "registration with a blank name",
            new RegisterProduct(PRODUCT_ID, SKU, " ", "", "Kitchen", PRICE, 1, 0)),
        Arguments.of(
            "registration without a description",
            new RegisterProduct(PRODUCT_ID, SKU, "Mug", null, "Kitchen", PRICE, 1, 0)),
        Arguments.of(
            "registration with a blank category",
            new RegisterProduct(PRODUCT_ID, SKU, "Mug", "", "", PRICE, 1, 0)),
        Arguments.of(
            "registration without a price",
            new RegisterProduct(PRODUCT_ID, SKU, "Mug", "", "Kitchen", null, 1, 0)),
        Arguments.of(
            "registration with a negative opening stock",
            new RegisterProduct(PRODUCT_ID, SKU, "Mug", "", "Kitchen", PRICE, -1, 0)),
        Arguments.of(
            "registration with a negative low-stock threshold",
            new RegisterProduct(PRODUCT_ID, SKU, "Mug", "", "Kitchen", PRICE, 1, -1)),
        Arguments.of(
            "details with a blank name", new ChangeProductDetails(PRODUCT_ID, "", "", "Kitchen")),
        Arguments.of(
            "details with a blank category", new ChangeProductDetails(PRODUCT_ID, "Mug", "", "")),
        Arguments.of("price without an amount", new ChangeProductPrice(PRODUCT_ID, null)),
        Arguments.of("restock of zero units", new RestockProduct(PRODUCT_ID, 0)),
        Arguments.of("restock of negative units", new RestockProduct(PRODUCT_ID, -5)),
        Arguments.of("count below zero", new CorrectStockCount(PRODUCT_ID, -1, "lost track")),
        Arguments.of("count without a reason", new CorrectStockCount(PRODUCT_ID, 3, " ")),
        Arguments.of("reservation of zero units", new ReserveStock(PRODUCT_ID, ORDER_A, 0)),
        Arguments.of("reservation of negative units", new ReserveStock(PRODUCT_ID, ORDER_A, -2)),
        Arguments.of("reservation without an order", new ReserveStock(PRODUCT_ID, null, 2)),
        Arguments.of("release without a reason", new ReleaseStock(PRODUCT_ID, ORDER_A, "")),
        Arguments.of("release without an order", new ReleaseStock(PRODUCT_ID, null, "x")),
        Arguments.of("commit without an order", new CommitStock(PRODUCT_ID, null)));
  }

  private static RegisterProduct registration(RegisterProduct valid, UUID productId, String sku) {
    return new RegisterProduct(
        productId,
        sku,
        valid.name(),
        valid.description(),
        valid.category(),
        valid.price(),
        valid.initialStock(),
        valid.lowStockThreshold());
  }
}
