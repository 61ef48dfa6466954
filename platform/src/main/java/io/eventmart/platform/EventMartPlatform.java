package io.eventmart.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The standalone EventMart platform: every module in one JVM. Nothing is wired here — each module
 * brings its own auto-configuration, so the platform is exactly the sum of the jars on its
 * classpath. Events are stored by Axon's JDBC storage engine in PostgreSQL instead of Axon Server
 * (see {@code docs/adr/0001-jdbc-locally-axon-server-in-production.md}).
 */
@SpringBootApplication
public class EventMartPlatform {

  public static void main(String[] args) {
    SpringApplication.run(EventMartPlatform.class, args);
  }
}
