package io.eventmart.contracts.product.query;

/** A catalog category and how many active products it holds. */
public record CategoryView(String name, long productCount) {}
