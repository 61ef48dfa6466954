package io.eventmart.edge.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Resolves a {@link CurrentUser} handler parameter from the request's access token. */
public final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return CurrentUser.class.equals(parameter.getParameterType());
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
    return currentUser().cast(Object.class);
  }

  /** The caller of the request being served, empty for an anonymous one. */
  public static Mono<CurrentUser> currentUser() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(context -> context.getAuthentication())
        .filter(JwtAuthenticationToken.class::isInstance)
        .map(
            authentication ->
                TokenClaims.userOf(((JwtAuthenticationToken) authentication).getToken()));
  }
}
