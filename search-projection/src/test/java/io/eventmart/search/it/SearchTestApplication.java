package io.eventmart.search.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the search module the way the platform does: nothing but its auto-configuration (and the
 * shared Axon support) from the classpath.
 */
@SpringBootApplication
public class SearchTestApplication {}
