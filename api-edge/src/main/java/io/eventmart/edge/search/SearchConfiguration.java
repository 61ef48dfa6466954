package io.eventmart.edge.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Product search and suggestions, answered by the search model. */
@Configuration(proxyBeanMethods = false)
@Import(SearchController.class)
public class SearchConfiguration {}
