package io.eventmart.audit.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The audit module on the JDBC event store and a real PostgreSQL, without a web server. Each test
 * class brings its own fresh database (a {@code @DynamicPropertySource}) and closes its application
 * afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = AuditTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {"axon.axonserver.enabled=false", "spring.datasource.hikari.maximum-pool-size=5"})
@DirtiesContext
@interface AuditTest {}
