package io.eventmart.edge.account;

import io.eventmart.edge.infrastructure.EdgeProperties;
import io.eventmart.edge.ratelimit.RateLimiter;
import io.eventmart.edge.security.AccessTokens;
import io.eventmart.support.schema.SchemaMigration;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.IdGenerator;

/** Accounts in the edge's own schema, and the bootstrap administrator. */
@Configuration(proxyBeanMethods = false)
@Import(AccountController.class)
public class AccountConfiguration {

  @Bean
  SchemaMigration edgeSchemaMigration() {
    return new SchemaMigration("edge", "classpath:db/edge");
  }

  @Bean
  AccountService accountService(
      ConnectionFactory connectionFactory,
      PasswordEncoder passwords,
      AccessTokens tokens,
      IdGenerator ids,
      Clock clock,
      EdgeProperties properties) {
    return new AccountService(
        new AccountRepository(connectionFactory),
        passwords,
        tokens,
        new LoginThrottle(new RateLimiter(properties.rateLimits().login())),
        ids,
        clock);
  }

  @Bean
  ApplicationListener<ApplicationReadyEvent> bootstrapAdministrator(
      AccountService accounts, EdgeProperties properties) {
    return ready ->
        accounts
            .ensureBootstrapAdmin(properties.security().bootstrapAdmin())
            .block(Duration.ofSeconds(30));
  }
}
