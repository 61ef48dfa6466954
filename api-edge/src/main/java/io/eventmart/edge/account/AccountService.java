package io.eventmart.edge.account;

import io.eventmart.edge.infrastructure.EdgeProperties.BootstrapAdmin;
import io.eventmart.edge.ratelimit.RateLimitFilter;
import io.eventmart.edge.security.AccessTokens;
import io.eventmart.edge.security.AccessTokens.AccessToken;
import io.eventmart.edge.security.Role;
import io.eventmart.edge.web.ApiProblem;
import io.eventmart.edge.web.NotFound;
import io.eventmart.edge.web.Problems;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.IdGenerator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Registration, login and roles. Hashing a password (bcrypt) takes tens of milliseconds of CPU, so
 * it runs on the bounded-elastic scheduler, never on the event loop. No password, hash or token is
 * ever logged.
 */
final class AccountService {

  private static final Logger log = LoggerFactory.getLogger(AccountService.class);

  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final AccessTokens tokens;
  private final LoginThrottle throttle;
  private final IdGenerator ids;
  private final Clock clock;

  AccountService(
      AccountRepository accounts,
      PasswordEncoder passwords,
      AccessTokens tokens,
      LoginThrottle throttle,
      IdGenerator ids,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.tokens = tokens;
    this.throttle = throttle;
    this.ids = ids;
    this.clock = clock;
  }

  /** A new customer account; 409 when the e-mail is taken. */
  Mono<AccountView> register(AccountRequests.Register request) {
    return create(request.email(), request.password(), request.name(), EnumSet.of(Role.CUSTOMER))
        .map(Account::view)
        .onErrorMap(
            DataIntegrityViolationException.class,
            e ->
                new ApiProblem(
                    Problems.problem(
                        HttpStatus.CONFLICT,
                        "email-taken",
                        "E-mail already registered",
                        "An account with this e-mail exists already")));
  }

  /** A token for the right e-mail and password; 401 otherwise, 429 after too many attempts. */
  Mono<AccessToken> login(AccountRequests.Login request, String clientAddress) {
    String email = normalised(request.email());
    var decision = throttle.attempt(clientAddress, email);
    if (!decision.allowed()) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
      return Mono.error(
          new ApiProblem(RateLimitFilter.tooManyRequests(decision.retryAfterSeconds()), headers));
    }
    return accounts
        .findByEmail(email)
        .filterWhen(account -> matches(request.password(), account.passwordHash()))
        .map(account -> tokens.issue(account.id(), account.email(), account.roles()))
        .switchIfEmpty(
            Mono.error(
                () ->
                    new ApiProblem(
                        Problems.problem(
                            HttpStatus.UNAUTHORIZED,
                            "invalid-credentials",
                            "Invalid credentials",
                            "E-mail or password is wrong"))));
  }

  Mono<AccountView> find(UUID accountId) {
    return accounts
        .findById(accountId)
        .map(Account::view)
        .switchIfEmpty(Mono.error(() -> new NotFound("No account " + accountId)));
  }

  Mono<AccountView> grantRoles(UUID accountId, Set<Role> roles) {
    return accounts
        .replaceRoles(accountId, EnumSet.copyOf(roles))
        .map(Account::view)
        .switchIfEmpty(Mono.error(() -> new NotFound("No account " + accountId)));
  }

  /** Creates the configured administrator unless an account with that e-mail exists. */
  Mono<Void> ensureBootstrapAdmin(BootstrapAdmin admin) {
    String email = normalised(admin.email());
    return accounts
        .findByEmail(email)
        .hasElement()
        .flatMap(
            exists ->
                exists
                    ? Mono.<Void>empty()
                    : create(email, admin.password(), admin.name(), EnumSet.of(Role.ADMIN))
                        .doOnNext(
                            account -> log.info("Created the bootstrap administrator {}", email))
                        .onErrorResume(DataIntegrityViolationException.class, e -> Mono.empty())
                        .then());
  }

  private Mono<Account> create(String email, String password, String name, Set<Role> roles) {
    return Mono.fromCallable(() -> passwords.encode(password))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            hash ->
                accounts.insert(
                    new Account(
                        ids.generateId(),
                        normalised(email),
                        name.strip(),
                        hash,
                        roles,
                        clock.instant())));
  }

  private Mono<Boolean> matches(String password, String hash) {
    return Mono.fromCallable(() -> passwords.matches(password, hash))
        .subscribeOn(Schedulers.boundedElastic());
  }

  private static String normalised(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
