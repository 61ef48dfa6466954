package io.eventmart.contracts.search;

/** Orders of search results. */
public enum SearchSort {
  RELEVANCE,
  PRICE_ASC,
  PRICE_DESC,
  NEWEST
}
