package io.eventmart.relay.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the relay the way the platform does: nothing but its auto-configuration (and the shared
 * Axon support) from the classpath.
 */
@SpringBootApplication
public class RelayTestApplication {}
