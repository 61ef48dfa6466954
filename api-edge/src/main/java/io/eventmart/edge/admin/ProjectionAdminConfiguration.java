package io.eventmart.edge.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Operating the read models: their status and their rebuild. */
@Configuration(proxyBeanMethods = false)
@Import(ProjectionAdminController.class)
public class ProjectionAdminConfiguration {}
