package io.eventmart.edge.account;

import io.eventmart.edge.ratelimit.RateLimiter;

/**
 * The stricter limit on logins: per client address and e-mail, so guessing one account's password
 * is slow while other customers keep logging in.
 */
final class LoginThrottle {

  private final RateLimiter limiter;

  LoginThrottle(RateLimiter limiter) {
    this.limiter = limiter;
  }

  RateLimiter.Decision attempt(String clientAddress, String email) {
    return limiter.tryConsume(clientAddress + "|" + email);
  }
}
