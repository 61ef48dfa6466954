package io.eventmart.edge.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.eventmart.edge.infrastructure.EdgeProperties;
import io.eventmart.edge.web.Problems;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what — API.md's table in one place — and how callers prove who they are: stateless
 * bearer tokens (HS256 JWT) issued by login. Ownership ("a customer sees only their own orders; any
 * other order answers 404") is checked by the handlers, which know what a resource belongs to.
 * Refusals are problem details: 401 without a valid token, 403 with one that lacks the role.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  private static final String ADMIN = Role.ADMIN.name();
  private static final String CUSTOMER = Role.CUSTOMER.name();
  private static final String ANALYST = Role.ANALYST.name();
  private static final String AUDITOR = Role.AUDITOR.name();

  /**
   * Content-Security-Policy: our own resources only; Swagger UI needs inline styles and scripts.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none';"
          + " base-uri 'self'; form-action 'self'";

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http,
      ReactiveJwtDecoder jwtDecoder,
      EdgeProperties properties,
      JsonMapper json) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens, no cookies
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .cors(cors -> cors.configurationSource(corsConfiguration(properties)))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.mode(Mode.DENY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .contentTypeOptions(contentType -> {}))
        .authorizeExchange(SecurityConfiguration::authorize)
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(
                        jwt ->
                            jwt.jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(authenticationConverter()))
                    .authenticationEntryPoint(
                        (exchange, e) -> Problems.write(exchange, unauthenticated(), json))
                    .accessDeniedHandler(
                        (exchange, e) -> Problems.write(exchange, forbidden(), json)))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(
                        (exchange, e) -> Problems.write(exchange, unauthenticated(), json))
                    .accessDeniedHandler(
                        (exchange, e) -> Problems.write(exchange, forbidden(), json)))
        .build();
  }

  /** API.md's authorization table. Anything not listed is denied. */
  static void authorize(AuthorizeExchangeSpec exchanges) {
    exchanges
        // operations and documentation
        .pathMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
        .permitAll()
        .pathMatchers(GET, "/actuator/prometheus")
        .permitAll()
        .pathMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
        .permitAll()
        .pathMatchers(GET, "/webjars/**")
        .permitAll()
        // accounts
        .pathMatchers(POST, "/api/auth/register", "/api/auth/login")
        .permitAll()
        .pathMatchers(GET, "/api/auth/me")
        .authenticated()
        .pathMatchers("/api/admin/**")
        .hasRole(ADMIN)
        // catalog, stock and search: anyone browses, admins change
        .pathMatchers(GET, "/api/products", "/api/products/*", "/api/categories")
        .permitAll()
        .pathMatchers(GET, "/api/inventory/*", "/api/search", "/api/search/suggestions")
        .permitAll()
        .pathMatchers(POST, "/api/products", "/api/inventory/*/restock")
        .hasRole(ADMIN)
        .pathMatchers(PUT, "/api/products/*", "/api/products/*/price", "/api/inventory/*")
        .hasRole(ADMIN)
        .pathMatchers(DELETE, "/api/products/*")
        .hasRole(ADMIN)
        // carts and orders
        .pathMatchers("/api/cart", "/api/cart/**")
        .hasRole(CUSTOMER)
        .pathMatchers(POST, "/api/orders")
        .hasRole(CUSTOMER)
        .pathMatchers(GET, "/api/orders", "/api/orders/stream")
        .hasAnyRole(CUSTOMER, ADMIN)
        .pathMatchers(POST, "/api/orders/*/process", "/api/orders/*/ship", "/api/orders/*/deliver")
        .hasRole(ADMIN)
        .pathMatchers(POST, "/api/orders/*/cancel")
        .hasAnyRole(CUSTOMER, ADMIN)
        .pathMatchers(GET, "/api/orders/*", "/api/orders/*/stream", "/api/orders/*/payment")
        .hasAnyRole(CUSTOMER, ADMIN)
        // payments
        .pathMatchers(GET, "/api/payments/*")
        .hasAnyRole(CUSTOMER, ADMIN)
        .pathMatchers(POST, "/api/payments/*/refund")
        .hasRole(ADMIN)
        // analytics and audit
        .pathMatchers(GET, "/api/analytics/**")
        .hasAnyRole(ANALYST, ADMIN)
        .pathMatchers(GET, "/api/audit/**")
        .hasAnyRole(AUDITOR, ADMIN)
        .anyExchange()
        .denyAll();
  }

  private static org.springframework.http.ProblemDetail unauthenticated() {
    return Problems.problem(
        HttpStatus.UNAUTHORIZED,
        "unauthenticated",
        "Authentication required",
        "This request needs a valid bearer token");
  }

  private static org.springframework.http.ProblemDetail forbidden() {
    return Problems.problem(
        HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your roles do not allow this request");
  }

  private static ReactiveJwtAuthenticationConverterAdapter authenticationConverter() {
    JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
    authorities.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return new ReactiveJwtAuthenticationConverterAdapter(converter);
  }

  private static UrlBasedCorsConfigurationSource corsConfiguration(EdgeProperties properties) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!properties.cors().allowedOrigins().isEmpty()) {
      CorsConfiguration cors = new CorsConfiguration();
      cors.setAllowedOrigins(properties.cors().allowedOrigins());
      cors.addAllowedMethod("*");
      cors.addAllowedHeader("*");
      cors.addExposedHeader("X-Correlation-Id");
      cors.addExposedHeader("Location");
      cors.addExposedHeader("Retry-After");
      source.registerCorsConfiguration("/api/**", cors);
    }
    return source;
  }

  /** The signing key: configured, or generated for this process only (local runs). */
  @Bean
  SecretKey accessTokenKey(EdgeProperties properties) throws NoSuchAlgorithmException {
    String configured = properties.security().jwtSecret();
    if (configured != null && !configured.isBlank()) {
      byte[] key = Base64.getDecoder().decode(configured);
      if (key.length < 32) {
        throw new IllegalStateException(
            "eventmart.edge.security.jwt-secret must be at least 32 bytes (base64)");
      }
      return new SecretKeySpec(key, "HmacSHA256");
    }
    log.warn(
        "No eventmart.edge.security.jwt-secret configured: generated a development signing key."
            + " Access tokens will not survive a restart; configure a key for any shared"
            + " environment.");
    KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256");
    generator.init(256);
    return generator.generateKey();
  }

  @Bean
  ReactiveJwtDecoder jwtDecoder(SecretKey accessTokenKey, EdgeProperties properties) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withSecretKey(accessTokenKey)
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(properties.security().issuer())));
    return decoder;
  }

  @Bean
  AccessTokens accessTokens(SecretKey accessTokenKey, EdgeProperties properties, Clock clock) {
    return new AccessTokens(
        NimbusJwtEncoder.withSecretKey(accessTokenKey).build(),
        properties.security().issuer(),
        properties.security().tokenLifetime(),
        clock);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }
}
