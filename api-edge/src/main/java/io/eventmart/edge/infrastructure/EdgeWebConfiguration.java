package io.eventmart.edge.infrastructure;

import io.eventmart.edge.messaging.RequestMetadataInterceptor;
import io.eventmart.edge.ratelimit.RateLimitFilter;
import io.eventmart.edge.ratelimit.RateLimiter;
import io.eventmart.edge.security.CurrentUserArgumentResolver;
import io.eventmart.edge.web.CorrelationIdFilter;
import io.eventmart.edge.web.ProblemDetailsAdvice;
import io.eventmart.edge.web.RequestSizeLimitFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.axonframework.extensions.reactor.commandhandling.gateway.ReactorCommandGateway;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.IdGenerator;
import org.springframework.util.JdkIdGenerator;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every request goes through: correlation id, size limit, rate limit, the caller as a handler
 * parameter, problem details for every failure; and the request metadata on every message the edge
 * sends through Axon's Reactor gateways.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProblemDetailsAdvice.class)
public class EdgeWebConfiguration implements WebFluxConfigurer {

  private final EdgeProperties properties;

  public EdgeWebConfiguration(EdgeProperties properties) {
    this.properties = properties;
  }

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(new CurrentUserArgumentResolver());
  }

  @Override
  public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
    configurer.defaultCodecs().maxInMemorySize((int) properties.maxRequestSize().toBytes());
  }

  /** Ids the edge makes up itself (accounts, requests without a correlation id). */
  @Bean
  IdGenerator idGenerator() {
    return new JdkIdGenerator();
  }

  @Bean
  CorrelationIdFilter correlationIdFilter(IdGenerator ids) {
    return new CorrelationIdFilter(ids);
  }

  @Bean
  RequestSizeLimitFilter requestSizeLimitFilter(JsonMapper json) {
    return new RequestSizeLimitFilter(properties.maxRequestSize(), json);
  }

  @Bean
  RateLimitFilter rateLimitFilter(JsonMapper json) {
    return new RateLimitFilter(
        new RateLimiter(properties.rateLimits().user()),
        new RateLimiter(properties.rateLimits().anonymous()),
        json);
  }

  @Bean
  SmartInitializingSingleton requestMetadataOnMessages(
      ReactorCommandGateway commands, ReactorQueryGateway queries) {
    return () -> {
      commands.registerDispatchInterceptor(new RequestMetadataInterceptor<>());
      queries.registerDispatchInterceptor(new RequestMetadataInterceptor<>());
    };
  }

  @Bean
  OpenAPI eventMartOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("EventMart API")
                .version("1")
                .description(
                    "The public HTTP API of EventMart. Errors are RFC 9457 problem details;"
                        + " every response carries X-Correlation-Id."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")));
  }
}
