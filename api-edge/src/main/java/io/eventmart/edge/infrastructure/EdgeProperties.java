package io.eventmart.edge.infrastructure;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP edge ({@code eventmart.edge.*}); every one has a default that works for a
 * local run.
 *
 * @param security tokens and the bootstrap administrator
 * @param rateLimits how many requests a user, an anonymous address and a login may make
 * @param cors origins allowed to call the API from a browser (none by default)
 * @param maxRequestSize larger request bodies are refused with 413
 * @param heartbeat how often long-lived event streams send a heartbeat comment
 * @param requestTimeout how long a request waits for the platform to answer
 */
@ConfigurationProperties("eventmart.edge")
public record EdgeProperties(
    @DefaultValue Security security,
    @DefaultValue RateLimits rateLimits,
    @DefaultValue Cors cors,
    @DefaultValue("1MB") DataSize maxRequestSize,
    @DefaultValue("15s") Duration heartbeat,
    @DefaultValue("10s") Duration requestTimeout) {

  /**
   * @param jwtSecret base64 HMAC-SHA256 key (at least 32 bytes) that signs access tokens; when
   *     missing a key is generated at startup (tokens then die with the process, said in the log)
   * @param issuer the {@code iss} of the tokens
   * @param tokenLifetime how long an access token is valid
   * @param bootstrapAdmin the administrator created at startup if no account has that e-mail yet
   */
  public record Security(
      String jwtSecret,
      @DefaultValue("eventmart") String issuer,
      @DefaultValue("1h") Duration tokenLifetime,
      @DefaultValue BootstrapAdmin bootstrapAdmin) {}

  /**
   * The first administrator. The defaults are for local runs only; set both in any shared
   * environment ({@code EVENTMART_ADMIN_EMAIL}, {@code EVENTMART_ADMIN_PASSWORD}).
   */
  public record BootstrapAdmin(
      @DefaultValue("admin@eventmart.local") String email,
      @DefaultValue("eventmart-admin") String password,
      @DefaultValue("EventMart Administrator") String name) {}

  /**
   * Token buckets: {@code capacity} requests at once, refilled completely every {@code period}.
   * Users are limited per account, anonymous callers per client address, logins per client address
   * and e-mail.
   */
  public record RateLimits(
      @DefaultValue("120") int userCapacity,
      @DefaultValue("1s") Duration userPeriod,
      @DefaultValue("60") int anonymousCapacity,
      @DefaultValue("1s") Duration anonymousPeriod,
      @DefaultValue("10") int loginCapacity,
      @DefaultValue("1m") Duration loginPeriod) {

    public Limit user() {
      return new Limit(userCapacity, userPeriod);
    }

    public Limit anonymous() {
      return new Limit(anonymousCapacity, anonymousPeriod);
    }

    public Limit login() {
      return new Limit(loginCapacity, loginPeriod);
    }
  }

  /** A bucket of {@code capacity} tokens refilled completely every {@code period}. */
  public record Limit(int capacity, Duration period) {}

  /** Browser origins allowed to call the API (CORS); empty means none. */
  public record Cors(@DefaultValue({}) List<String> allowedOrigins) {}
}
