package io.eventmart.catalog.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The catalog module on the JDBC event store and a real PostgreSQL, without a web server. Each test
 * class brings its own fresh database (a {@code @DynamicPropertySource}) and closes its application
 * afterwards, so the connections of finished classes are given back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = CatalogTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "axon.axonserver.enabled=false",
      "spring.datasource.hikari.maximum-pool-size=5",
      "spring.r2dbc.pool.initial-size=1",
      "spring.r2dbc.pool.max-size=8"
    })
@DirtiesContext
@interface CatalogTest {}
