package io.eventmart.support.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.cart.CartEvent;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.payment.PaymentEvent;
import io.eventmart.contracts.product.ProductEvent;
import io.eventmart.contracts.product.StockEvent;
import io.eventmart.contracts.product.StockLevels;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every domain event — found through the sealed interfaces, so a new one cannot be forgotten — is
 * stored and read back by Axon's serializer with the platform's mapping, unchanged, with a
 * revision.
 */
class EventRoundTripTest {

  private static final JacksonSerializer SERIALIZER =
      JacksonSerializer.builder().objectMapper(AxonObjectMapper.create()).build();

  static Stream<Class<?>> everyEventType() {
    return Stream.of(
            ProductEvent.class,
            StockEvent.class,
            CartEvent.class,
            OrderEvent.class,
            PaymentEvent.class)
        .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()));
  }

  @ParameterizedTest
  @MethodSource("everyEventType")
  void survivesTheEventStoreUnchanged(Class<?> eventType) throws Exception {
    Object event = sample(eventType);

    SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
    Object read = SERIALIZER.deserialize(stored);

    assertThat(read).isEqualTo(event);
    assertThat(stored.getType().getRevision())
        .isEqualTo(eventType.getAnnotation(Revision.class).value());
  }

  /** An instance of a record with a made-up value for every component. */
  private static Object sample(Class<?> recordType) throws Exception {
    RecordComponent[] components = recordType.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getType(), components[i].getGenericType());
    }
    return recordType.getDeclaredConstructor(types).newInstance(values);
  }

  private static Object value(Class<?> type, Type generic) throws Exception {
    if (type == UUID.class) {
      return UUID.nameUUIDFromBytes(new byte[] {(byte) type.hashCode()});
    }
    if (type == String.class) {
      return "text";
    }
    if (type == int.class) {
      return 7;
    }
    if (type == long.class) {
      return 7L;
    }
    if (type == boolean.class) {
      return true;
    }
    if (type == Money.class) {
      return Money.of("12.34", "EUR");
    }
    if (type == StockLevels.class) {
      return StockLevels.of(10, 3);
    }
    if (type == ShippingAddress.class) {
      return new ShippingAddress("Ada", "1 Street", "London", "N1", "GB");
    }
    if (type == List.class) {
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      assertThat(element).as("only lists of order lines are expected").isEqualTo(OrderLine.class);
      return List.of(new OrderLine(UUID.randomUUID(), "Mug", 2, Money.of("3.50", "EUR")));
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isRecord()) {
      return sample(type);
    }
    throw new IllegalStateException("no sample value for " + type);
  }
}
