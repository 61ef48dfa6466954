package io.eventmart.catalog.readmodel;

/** The names under which the catalog read model is known. */
public final class CatalogReadModel {

  /** The processing group (and event processor) every catalog projection belongs to. */
  public static final String PROCESSING_GROUP = "catalog";

  /**
   * The projection's name for the operators: {@code POST /api/admin/projections/catalog/replay}.
   */
  public static final String PROJECTION_NAME = "catalog";

  /** The PostgreSQL schema that holds the tables. */
  public static final String SCHEMA = "catalog";

  private CatalogReadModel() {}
}
