/**
 * What every part of the catalog read model shares: its names ({@link
 * io.eventmart.catalog.readmodel.CatalogReadModel}) and the R2DBC access that writes it durably and
 * idempotently ({@link io.eventmart.catalog.readmodel.ReadModelStore}).
 */
package io.eventmart.catalog.readmodel;
