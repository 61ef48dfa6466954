package io.eventmart.edge.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The edge alone, wired by its auto-configuration, as in the platform. */
@SpringBootApplication
class EdgeTestApplication {}
