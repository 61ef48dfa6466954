package io.eventmart.support;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings no EventMart service may run without, added with the lowest precedence so a service's
 * own configuration can still say otherwise deliberately.
 *
 * <ul>
 *   <li>Jackson for every kind of message and for what Axon stores (XStream cannot read records and
 *       would silently stop processors);
 *   <li>no calls to the vendor's update-check host.
 * </ul>
 */
public final class EventMartDefaults implements EnvironmentPostProcessor {

  static final String SOURCE_NAME = "eventmartDefaults";

  static final Map<String, Object> DEFAULTS =
      Map.of(
          "axon.serializer.general", "jackson",
          "axon.serializer.messages", "jackson",
          "axon.serializer.events", "jackson",
          "axon.update-check.disabled", "true");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
  }
}
