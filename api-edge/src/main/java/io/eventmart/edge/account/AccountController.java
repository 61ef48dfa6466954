package io.eventmart.edge.account;

import io.eventmart.edge.ratelimit.RateLimitFilter;
import io.eventmart.edge.security.AccessTokens.AccessToken;
import io.eventmart.edge.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Accounts: register, log in, who am I, and (admins) grant roles. */
@RestController
@Tag(name = "Accounts", description = "Registration, login (bearer tokens) and roles")
class AccountController {

  private final AccountService accounts;

  AccountController(AccountService accounts) {
    this.accounts = accounts;
  }

  @PostMapping("/api/auth/register")
  @Operation(
      summary = "Register a customer account",
      description =
          "Anyone. 201 with the account (role CUSTOMER); 409 when the e-mail is registered; 400"
              + " for an invalid e-mail or a password shorter than 8 characters.")
  Mono<ResponseEntity<AccountView>> register(@Valid @RequestBody AccountRequests.Register request) {
    return accounts
        .register(request)
        .map(account -> ResponseEntity.created(URI.create("/api/auth/me")).body(account));
  }

  @PostMapping("/api/auth/login")
  @Operation(
      summary = "Log in",
      description =
          "Anyone. 200 with {accessToken, tokenType: Bearer, expiresIn}; 401 for wrong"
              + " credentials; 429 (with Retry-After) after too many attempts.")
  Mono<AccessToken> login(
      @Valid @RequestBody AccountRequests.Login request, ServerWebExchange exchange) {
    return accounts.login(request, RateLimitFilter.address(exchange));
  }

  @GetMapping("/api/auth/me")
  @Operation(summary = "The caller's own account", security = @SecurityRequirement(name = "bearer"))
  Mono<AccountView> me(CurrentUser user) {
    return accounts.find(user.id());
  }

  @PutMapping("/api/admin/users/{id}/roles")
  @Operation(
      summary = "Set an account's roles",
      description = "ADMIN. Replaces the roles; 404 for an unknown account.",
      security = @SecurityRequirement(name = "bearer"))
  Mono<AccountView> grantRoles(
      @PathVariable UUID id, @Valid @RequestBody AccountRequests.GrantRoles request) {
    return accounts.grantRoles(id, request.roles());
  }
}
