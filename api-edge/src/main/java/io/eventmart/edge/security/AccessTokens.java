package io.eventmart.edge.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Issues the bearer tokens that login answers with (HS256, subject = account id). */
public final class AccessTokens {

  /** A login's answer: {@code {accessToken, tokenType: "Bearer", expiresIn}} (seconds). */
  public record AccessToken(String accessToken, String tokenType, long expiresIn) {

    @Override
    public String toString() {
      return "AccessToken[accessToken=****, tokenType="
          + tokenType
          + ", expiresIn="
          + expiresIn
          + "]";
    }
  }

  private final JwtEncoder encoder;
  private final String issuer;
  private final Duration lifetime;
  private final Clock clock;

  AccessTokens(JwtEncoder encoder, String issuer, Duration lifetime, Clock clock) {
    this.encoder = encoder;
    this.issuer = issuer;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  public AccessToken issue(UUID accountId, String email, Collection<Role> roles) {
    Instant now = clock.instant();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(issuer)
            .subject(accountId.toString())
            .issuedAt(now)
            .expiresAt(now.plus(lifetime))
            .claim(TokenClaims.EMAIL, email)
            .claim(TokenClaims.ROLES, TokenClaims.roleNames(roles))
            .build();
    String token =
        encoder
            .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
            .getTokenValue();
    return new AccessToken(token, "Bearer", lifetime.toSeconds());
  }
}
