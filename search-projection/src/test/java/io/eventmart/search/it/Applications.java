package io.eventmart.search.it;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Applications a test starts and stops itself, e.g. to restart one. */
public final class Applications {

  private Applications() {}

  /** The search module in an application of its own, without a web server. */
  public static ConfigurableApplicationContext start(SearchTestSettings settings) {
    return new SpringApplicationBuilder(SearchTestApplication.class)
        .run(settings.asArguments("--spring.main.web-application-type=none"));
  }
}
