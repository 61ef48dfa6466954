package io.eventmart.analytics.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the analytics module the way the platform does: nothing but its auto-configuration (and the
 * shared Axon support) from the classpath.
 */
@SpringBootApplication
public class AnalyticsTestApplication {}
