package io.eventmart.edge.analytics;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Sales analytics for analysts and admins, including the live summary stream. */
@Configuration(proxyBeanMethods = false)
@Import(AnalyticsController.class)
public class AnalyticsConfiguration {}
